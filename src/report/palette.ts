/** Colours of entity types (displaCy's, where it has the type) and commitment categories, shared by pages and charts. */

export const ENTITY_COLORS: Record<string, string> = {
  PERSON: '#aa9cfc',
  GPE: '#feca74',
  NORP: '#c887fb',
  ORG: '#7aecec',
  LOC: '#ff9561',
  FAC: '#9cc9cc',
  LAW: '#ff8197',
  EVENT: '#ffeb80',
  DATE: '#bfe1d9',
  CARDINAL: '#e4e7d2',
  ORDINAL: '#e4e7d2',
  MONEY: '#e4e7d2',
  PERCENT: '#e4e7d2',
  QUANTITY: '#e4e7d2',
  TIME: '#e4e7d2',
};

/** Binding stances in blues and greens, positive reactions in warm tones, negative ones in reds. */
export const CATEGORY_COLORS: Record<string, string> = {
  COMMIT: '#1f6fb2',
  CONSIDER: '#6aa7d8',
  TASK: '#2a9d8f',
  ENGAGE: '#57b35a',
  AFFIRM: '#6c4fb3',
  SUPPORT: '#d08c12',
  WELCOME: '#e0b000',
  CALL_ON: '#b5562a',
  CONCERN: '#d9572b',
  OPPOSE: '#b8202d',
  WARN: '#7e1020',
  ACT: '#4d5560',
  EXPRESS: '#b05fa0',
};

export const entityColor = (type: string): string => ENTITY_COLORS[type] ?? '#dddddd';
export const categoryColor = (category: string): string => CATEGORY_COLORS[category] ?? '#888888';

/** What the strength levels mean (annotation guide §3). */
export const STRENGTH_NAMES = ['none', 'aspiration', 'best efforts', 'intention', 'firm', 'binding'];
