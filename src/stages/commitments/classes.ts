/**
 * Loads pipeline/lexicons/stance-nouns.yml: the construction classes beyond single
 * stance verbs (light verbs, clause defaults, warnings, impersonal predicates).
 * Unknown keys are errors, as in the other data files.
 */
import { COMMITMENT_CATEGORIES, type CommitmentCategory } from '../../document.js';
import { ConfigError, expectList, expectRecord, expectString, expectStringList } from '../../data/load.js';
import type { DataLoader } from '../../data/load.js';

export interface StanceClasses {
  /** Inflected first word of a light verb → the words after it (`take up` → ['up']). */
  lightVerbs: Map<string, string[][]>;
  ongoing: { category: CommitmentCategory; strength: number };
  narrative: Set<string>;
  warningQuantifiers: Set<string>;
  warningParticiples: Set<string>;
  engageParticiples: Set<string>;
  directivePredicates: Set<string>;
  directiveModals: Set<string>;
  /** Adjectives of alarm with no holder: "the situation is dire" (guide §5 → CONCERN). */
  concernPredicates: Set<string>;
  /** Verb forms and nouns of a stated threat: "challenges … pose a threat to" (→ CONCERN). */
  threatVerbs: Set<string>;
  threatNouns: Set<string>;
}

const KEYS = [
  'version',
  'light_verbs',
  'ongoing_activity',
  'narrative_verbs',
  'warning_quantifiers',
  'warning_participles',
  'engage_participles',
  'directive_predicates',
  'directive_modals',
  'concern_predicates',
  'threat_verbs',
  'threat_nouns',
];

export function loadStanceClasses(
  data: DataLoader,
  file: string,
  conjugate: (lemma: string) => string[],
): StanceClasses {
  const name = data.displayName(file);
  const root = expectRecord(name, '(top level)', data.yaml(file));
  for (const key of Object.keys(root)) {
    if (!KEYS.includes(key)) throw new ConfigError(name, key, `unknown key; known: ${KEYS.join(', ')}`);
  }
  const wordSet = (field: string): Set<string> => {
    const list = expectStringList(name, field, root[field]).map((w) => w.toLowerCase());
    const dup = list.find((w, i) => list.indexOf(w) !== i);
    if (dup) throw new ConfigError(name, field, `duplicate word "${dup}"`);
    return new Set(list);
  };
  const lightVerbs = new Map<string, string[][]>();
  expectList(name, 'light_verbs', root.light_verbs).forEach((e, i) => {
    const r = expectRecord(name, `light_verbs[${i}]`, e);
    expectString(name, `light_verbs[${i}].source`, r.source);
    const lemma = expectString(name, `light_verbs[${i}].lemma`, r.lemma).toLowerCase();
    for (const form of conjugate(lemma)) {
      const [first, ...rest] = form.split(' ');
      lightVerbs.set(first, [...(lightVerbs.get(first) ?? []), rest]);
    }
  });
  const o = expectRecord(name, 'ongoing_activity', root.ongoing_activity);
  expectString(name, 'ongoing_activity.source', o.source);
  const category = expectString(name, 'ongoing_activity.category', o.category);
  if (!(COMMITMENT_CATEGORIES as readonly string[]).includes(category)) {
    throw new ConfigError(name, 'ongoing_activity.category', `unknown category "${category}"`);
  }
  if (typeof o.strength !== 'number' || !Number.isInteger(o.strength) || o.strength < 0 || o.strength > 5) {
    throw new ConfigError(
      name,
      'ongoing_activity.strength',
      `expected an integer 0–5, got ${JSON.stringify(o.strength)}`,
    );
  }
  return {
    lightVerbs,
    ongoing: { category: category as CommitmentCategory, strength: o.strength },
    narrative: wordSet('narrative_verbs'),
    warningQuantifiers: wordSet('warning_quantifiers'),
    warningParticiples: wordSet('warning_participles'),
    engageParticiples: wordSet('engage_participles'),
    directivePredicates: wordSet('directive_predicates'),
    directiveModals: wordSet('directive_modals'),
    concernPredicates: wordSet('concern_predicates'),
    threatVerbs: new Set([...wordSet('threat_verbs')].flatMap(conjugate).filter((f) => !f.includes(' '))),
    threatNouns: wordSet('threat_nouns'),
  };
}
