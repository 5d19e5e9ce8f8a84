/**
 * What jsa learns from compromise at load time: the inflections of lexicon
 * verbs and compromise's lists of given names, family names and ordinary English words.
 * compromise itself is loaded only when one of these is first needed.
 *
 * A batch computes them once in its main thread (`preparePipelineSeed` in
 * pipeline.ts) and seeds every worker thread with them, so workers never load
 * compromise: loading and querying it was a third of each worker's start-up.
 * The build also stores the facts the default pipeline needs
 * (`dist/english-facts.json`, scripts/english-facts.mjs), for the installed
 * compromise version: with it, compromise is not loaded at all unless a
 * lexicon names a verb it does not cover.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageVersion } from '../pipeline-identity.js';

type Nlp = typeof import('compromise').default;

/** The facts, as plain data that can be posted to a worker thread. */
export interface EnglishFacts {
  /** Single verb → its inflections (infinitive, past, present, gerund, participle), as compromise gives them. */
  inflections: Record<string, Record<string, string>>;
  /** compromise lexicon words tagged only as a given name (MaleName, FemaleName, FirstName). */
  givenNames?: string[];
  /** compromise lexicon words tagged only as a family name (LastName). */
  surnames?: string[];
  /** Ordinary English words from compromise's lexicon, each with whether it can end a personal name. */
  commonWords?: Array<[string, boolean]>;
}

/** Known so far: seeded, or read from the build's file on first use. */
let known: EnglishFacts | null = null;
const facts = (): EnglishFacts => (known ??= fromBuild());

/** `f` with an inflection table of its own (a dictionary: verbs like `constructor` are keys too). */
const own = (f: EnglishFacts): EnglishFacts => ({
  ...f,
  inflections: Object.assign(Object.create(null), f.inflections),
});

/** The facts stored by the build, when they were made with the installed compromise; else none. */
function fromBuild(): EnglishFacts {
  try {
    const file = JSON.parse(readFileSync(new URL('../english-facts.json', import.meta.url), 'utf8')) as {
      compromise: string;
      facts: EnglishFacts;
    };
    if (file.compromise === compromiseVersion()) return own(file.facts);
  } catch {
    // not built (tests run the sources)
  }
  return own({ inflections: {} }); // computed on demand
}

let nlp: Nlp | null = null;

// The CommonJS build is one file: it loads faster than the ES module tree.
const compromise = (): Nlp => (nlp ??= createRequire(import.meta.url)('compromise') as Nlp);

type Lexicon = Record<string, string | string[]>;
const lexicon = (): Lexicon =>
  (compromise() as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
const tagsOf = (tag: string | string[]): string[] => (Array.isArray(tag) ? tag : [tag]);

/** Facts computed so far (to seed worker threads). */
export function englishFacts(): EnglishFacts {
  return facts();
}

/** Uses facts computed elsewhere; anything missing is still computed on demand. */
export function seedEnglishFacts(seed: EnglishFacts): void {
  known = own(seed);
}

/** The installed compromise version (recorded with facts stored by the build). */
export function compromiseVersion(): string {
  return packageVersion('compromise');
}

/** compromise's conjugation of a single verb, read as an infinitive (else it may read a noun). */
export function inflectionsOf(verb: string): Record<string, string> {
  const table = facts().inflections;
  if (!table[verb]) {
    const doc = compromise()(verb);
    doc.tag('Infinitive');
    table[verb] = { ...((doc.verbs().conjugate()[0] ?? {}) as Record<string, string>) };
  }
  return table[verb];
}

const NAME_TAG = /^(MaleName|FemaleName|FirstName)$/;

/** Words compromise knows only as given names. */
export function givenNameWords(): string[] {
  return (facts().givenNames ??= Object.entries(lexicon())
    .filter(([word, tag]) => tagsOf(tag).length === 1 && NAME_TAG.test(tagsOf(tag)[0]) && /^\p{L}+$/u.test(word))
    .map(([word]) => word));
}

/** Words compromise knows only as family names (`anderson`, `aliyev`). */
export function surnameWords(): string[] {
  return (facts().surnames ??= Object.entries(lexicon())
    .filter(([word, tag]) => tagsOf(tag).length === 1 && tagsOf(tag)[0] === 'LastName' && /^\p{L}+$/u.test(word))
    .map(([word]) => word));
}

/** Tags of compromise's lexicon that mark an ordinary English word. */
const COMMON_TAG =
  /^(Uncountable|Plural|Singular|Noun|Gerund|PastTense|PresentTense|Infinitive|Adjective|Adverb|Comparative|Superlative|Actor|Participle)$/;
/** Tags that cannot end a personal name (`Heath Robinson Honoring`, `… Hawkins Centers`). */
const NOT_LAST_TAG = /^(Plural|Gerund|PastTense|Participle|Adverb)$/;

/** Ordinary English words (lower case), each with whether it can end a name. */
export function commonWordList(): Array<[string, boolean]> {
  return (facts().commonWords ??= Object.entries(lexicon()).flatMap(([word, tag]): Array<[string, boolean]> => {
    const tags = tagsOf(tag);
    if (tags.some((t) => /Name$|Person|Place|City|Country|Region|Organization/.test(t))) return [];
    if (!tags.some((t) => COMMON_TAG.test(t)) || !/^\p{L}+$/u.test(word)) return [];
    return [[word, !tags.some((t) => NOT_LAST_TAG.test(t))]];
  }));
}
