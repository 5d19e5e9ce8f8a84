/** Searching lists of spans sorted by position. */
import type { Span } from './document.js';

/** Index of the first item whose `field` is at least `value` (items sorted by that field); `items.length` if none. */
export function lowerBound(items: readonly Span[], field: 'start' | 'end', value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid][field] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
