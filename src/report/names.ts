/** Safe, unique page file names for document ids (any characters, any case-insensitive file system). */
import { createHash } from 'node:crypto';

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Gives each id a page name: the id itself when safe and unique ignoring case, else a cleaned id plus a hash of it. */
export class PageNames {
  private readonly taken = new Set<string>();

  nameFor(id: string): string {
    let base = SAFE.test(id) && !id.endsWith('.') ? id : this.cleaned(id);
    if (this.taken.has(base.toLowerCase())) base = this.cleaned(id);
    this.taken.add(base.toLowerCase());
    return `${base}.html`;
  }

  private cleaned(id: string): string {
    const hash = createHash('sha256').update(id).digest('hex').slice(0, 10);
    const stem = id
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 80);
    return stem ? `${stem}-${hash}` : hash;
  }
}
