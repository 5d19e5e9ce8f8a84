/**
 * Loads and validates the commitment lexicon (pipeline/lexicons/commitments.yml)
 * and compiles it into lookup tables. Verb inflections are generated here with
 * compromise, once, so the YAML holds lemmas only and matching per document is
 * a map lookup on the lower-cased token.
 */
import { inflectionsOf } from '../../data/english.js';
import { COMMITMENT_CATEGORIES, type CommitmentCategory } from '../../document.js';
import { ConfigError, expectList, expectRecord, expectString, expectStringList } from '../../data/load.js';
import type { DataLoader } from '../../data/load.js';
import { GRADED } from './constants.js';
import { loadStanceClasses } from './classes.js';
import type { Adjective, FutureMarker, HeadNoun, Lexicon, VerbEntry } from './lexicon-types.js';
import { loadNames } from './names.js';

export type { Adjective, FutureMarker, HeadNoun, ImpersonalPhrase, Lexicon, VerbEntry } from './lexicon-types.js';

/** Inflections of a verb lemma (`work`, `work together`): its first word inflected by compromise. */
export function conjugate(lemma: string): string[] {
  const [head, ...rest] = lemma.split(' ');
  const c = inflectionsOf(head);
  const forms = new Set<string>([head]);
  for (const key of ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle']) {
    const f = c[key];
    if (typeof f === 'string' && f && !f.includes(' ')) forms.add(f.toLowerCase());
  }
  return [...forms].map((f) => [f, ...rest].join(' '));
}

const words = (phrase: string): string[] => phrase.toLowerCase().split(/\s+/).filter(Boolean);

export function loadLexicon(data: DataLoader, file: string, classesFile: string): Lexicon {
  const name = data.displayName(file);
  const root = expectRecord(name, '(top level)', data.yaml(file));

  const category = (field: string, v: unknown): CommitmentCategory => {
    const s = expectString(name, field, v);
    if (!(COMMITMENT_CATEGORIES as readonly string[]).includes(s)) {
      throw new ConfigError(name, field, `unknown category "${s}"; known: ${COMMITMENT_CATEGORIES.join(', ')}`);
    }
    return s as CommitmentCategory;
  };
  const strength = (field: string, v: unknown, cat: CommitmentCategory | null): number | null => {
    if (v === undefined || v === null) {
      if (cat && GRADED.has(cat)) throw new ConfigError(name, field, `category ${cat} needs a strength 0–5`);
      return null;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 5) {
      throw new ConfigError(name, field, `expected an integer 0–5, got ${JSON.stringify(v)}`);
    }
    return v;
  };
  const bool = (field: string, v: unknown): boolean => {
    if (v === undefined) return false;
    if (typeof v !== 'boolean') throw new ConfigError(name, field, `expected true or false, got ${JSON.stringify(v)}`);
    return v;
  };
  const entries = (field: string): Record<string, unknown>[] =>
    expectList(name, field, root[field]).map((e, i) => {
      const r = expectRecord(name, `${field}[${i}]`, e);
      expectString(name, `${field}[${i}].source`, r.source);
      return r;
    });
  const wordSet = (field: string): Set<string> =>
    new Set(expectStringList(name, field, root[field]).map((w) => w.toLowerCase()));
  const phraseList = (field: string): string[][] =>
    entries(field).map((e, i) => words(expectString(name, `${field}[${i}].phrase`, e.phrase)));

  const gaz = root.gazetteers === undefined ? {} : expectRecord(name, 'gazetteers', root.gazetteers);
  const names = loadNames(
    data,
    gaz.persons === undefined ? null : expectString(name, 'gazetteers.persons', gaz.persons),
    gaz.countries === undefined ? null : expectString(name, 'gazetteers.countries', gaz.countries),
    gaz.organizations === undefined ? null : expectString(name, 'gazetteers.organizations', gaz.organizations),
  );

  const future = new Map<string, FutureMarker>();
  entries('future_markers').forEach((e, i) => {
    const f = `future_markers[${i}]`;
    future.set(expectString(name, `${f}.form`, e.form).toLowerCase(), {
      strength: strength(`${f}.strength`, e.strength, 'COMMIT') as number,
      passiveOnly: bool(`${f}.passive_only`, e.passive_only),
    });
  });

  const objectSets: Record<string, Set<string>> = {
    discuss_objects: wordSet('discuss_objects'),
    invitation_objects: wordSet('invitation_objects'),
    meeting_objects: wordSet('meeting_objects'),
  };

  const verbs = new Map<string, VerbEntry[]>();
  const forms = new Map<string, string[]>();
  const seen = new Set<string>();
  const addVerb = (entry: VerbEntry, field: string): void => {
    const key = `${entry.kind}:${entry.lemma}`;
    if (seen.has(key)) throw new ConfigError(name, field, `duplicate lemma "${entry.lemma}"`);
    seen.add(key);
    const inflected = conjugate(entry.lemma);
    forms.set(entry.lemma, inflected);
    for (const form of inflected) {
      const first = form.split(' ')[0];
      const list = verbs.get(first) ?? [];
      list.push(entry);
      verbs.set(first, list);
    }
  };

  entries('semi_modals').forEach((e, i) => {
    const f = `semi_modals[${i}]`;
    const lemma = expectString(name, `${f}.lemma`, e.lemma).toLowerCase();
    addVerb(
      {
        lemma,
        rest: words(lemma).slice(1),
        kind: 'semi',
        category: 'COMMIT',
        strength: strength(`${f}.strength`, e.strength, 'COMMIT'),
        reiterated: bool(`${f}.reiterated`, e.reiterated),
        light: false,
        lightOnly: false,
        framing: false,
        complementOnly: false,
        needsObject: null,
        needsTo: bool(`${f}.needs_to`, e.needs_to),
        futureOnly: bool(`${f}.future_only`, e.future_only),
        passthrough: bool(`${f}.passthrough`, e.passthrough),
        otherwise: e.otherwise === undefined ? null : category(`${f}.otherwise`, e.otherwise),
        objectCategory: e.object_category === undefined ? null : category(`${f}.object_category`, e.object_category),
        negationIdiom: false,
      },
      f,
    );
  });

  entries('verbs').forEach((e, i) => {
    const f = `verbs[${i}]`;
    const lemma = expectString(name, `${f}.lemma`, e.lemma).toLowerCase();
    const cat = category(`${f}.category`, e.category);
    let needsObject: Set<string> | null = null;
    if (e.needs_object !== undefined) {
      const set = objectSets[expectString(name, `${f}.needs_object`, e.needs_object)];
      if (!set)
        throw new ConfigError(
          name,
          `${f}.needs_object`,
          `unknown word list "${String(e.needs_object)}"; known: ${Object.keys(objectSets).join(', ')}`,
        );
      needsObject = set;
    }
    addVerb(
      {
        lemma,
        rest: words(lemma).slice(1),
        kind: 'stance',
        category: cat,
        strength: strength(`${f}.strength`, e.strength, cat),
        reiterated: bool(`${f}.reiterated`, e.reiterated),
        light: bool(`${f}.light`, e.light),
        lightOnly: bool(`${f}.light_only`, e.light_only),
        framing: bool(`${f}.framing`, e.framing),
        complementOnly: bool(`${f}.complement_only`, e.complement_only),
        needsObject,
        needsTo: false,
        futureOnly: false,
        passthrough: false,
        otherwise: null,
        objectCategory: null,
        negationIdiom: bool(`${f}.negation_idiom`, e.negation_idiom),
      },
      f,
    );
  });

  const adjectives = new Map<string, Adjective>();
  entries('predicate_adjectives').forEach((e, i) => {
    const f = `predicate_adjectives[${i}]`;
    const cat = category(`${f}.category`, e.category);
    adjectives.set(expectString(name, `${f}.word`, e.word).toLowerCase(), {
      category: cat,
      strength: strength(`${f}.strength`, e.strength, cat),
      needsTo: bool(`${f}.needs_to`, e.needs_to),
      withoutTo: e.without_to === undefined ? undefined : category(`${f}.without_to`, e.without_to),
    });
  });

  const progressive = new Map<string, Adjective>();
  entries('progressive_verbs').forEach((e, i) => {
    const f = `progressive_verbs[${i}]`;
    const cat = category(`${f}.category`, e.category);
    const lemma = expectString(name, `${f}.lemma`, e.lemma).toLowerCase();
    const value = { category: cat, strength: strength(`${f}.strength`, e.strength, cat) };
    for (const form of conjugate(lemma)) if (form.endsWith('ing')) progressive.set(form, value);
  });

  const headNouns = new Map<string, HeadNoun>();
  entries('head_nouns').forEach((e, i) => {
    const f = `head_nouns[${i}]`;
    const cat = category(`${f}.category`, e.category);
    let ownAction: HeadNoun['ownAction'] = null;
    if (e.own_action !== undefined) {
      const o = expectRecord(name, `${f}.own_action`, e.own_action);
      const oc = category(`${f}.own_action.category`, o.category);
      ownAction = { category: oc, strength: strength(`${f}.own_action.strength`, o.strength, 'COMMIT') as number };
    }
    headNouns.set(expectString(name, `${f}.noun`, e.noun).toLowerCase(), {
      category: cat,
      strength: strength(`${f}.strength`, e.strength, cat),
      ownAction,
      ownOnly: e.own_only === true,
    });
  });

  const reported = new Map<string, number>();
  entries('reported_commitments').forEach((e, i) => {
    const f = `reported_commitments[${i}]`;
    reported.set(
      expectString(name, `${f}.noun`, e.noun).toLowerCase(),
      strength(`${f}.strength`, e.strength, 'COMMIT') as number,
    );
  });

  const intens = expectRecord(name, 'intensifiers', root.intensifiers);
  const firmIntensifiers = new Set(expectStringList(name, 'intensifiers.firm', intens.firm));
  const intensifiers = new Set([...firmIntensifiers, ...expectStringList(name, 'intensifiers.other', intens.other)]);

  const neg = expectRecord(name, 'negation', root.negation);
  expectString(name, 'negation.source', neg.source);
  const negVerbs = new Map<string, string[]>();
  expectList(name, 'negation.verbs', neg.verbs).forEach((e, i) => {
    const r = expectRecord(name, `negation.verbs[${i}]`, e);
    expectString(name, `negation.verbs[${i}].source`, r.source);
    const lemma = expectString(name, `negation.verbs[${i}].lemma`, r.lemma).toLowerCase();
    for (const form of conjugate(lemma)) negVerbs.set(form.split(' ')[0], words(lemma).slice(1));
  });

  return {
    names,
    future,
    verbs,
    adjectives,
    progressive,
    headNouns,
    reported,
    firmIntensifiers,
    intensifiers,
    escapes: phraseList('escape_clauses'),
    negWords: new Set(expectStringList(name, 'negation.words', neg.words)),
    negVerbs,
    reiterative: wordSet('reiterative_words'),
    discussObjects: objectSets.discuss_objects,
    invitationObjects: objectSets.invitation_objects,
    meetingObjects: objectSets.meeting_objects,
    framingBlockers: wordSet('framing_blockers'),
    deliverables: wordSet('deliverable_participles'),
    directives: wordSet('directive_participles'),
    descriptive: wordSet('descriptive_verbs'),
    deliverableSubjects: wordSet('deliverable_subjects'),
    impersonal: entries('impersonal_directives').map((e, i) => {
      const f = `impersonal_directives[${i}]`;
      const cat = e.category === undefined ? 'CALL_ON' : category(`${f}.category`, e.category);
      return {
        words: words(expectString(name, `${f}.phrase`, e.phrase)),
        category: cat,
        strength: strength(`${f}.strength`, e.strength, cat),
      };
    }),
    agentNouns: wordSet('agent_nouns'),
    groupRefs: wordSet('group_references'),
    groupingNouns: wordSet('grouping_nouns'),
    outsiders: wordSet('outside_quantifiers'),
    leaderTitles: expectStringList(name, 'leader_titles', root.leader_titles).map(words),
    hostFormulae: phraseList('host_formulae'),
    classes: loadStanceClasses(data, classesFile, conjugate),
    forms,
  };
}
