/**
 * The schema of every data file under `pipeline/`, by its path in the pipeline
 * folder (see schema.ts). A stage that adds a data file adds its schema here;
 * a file without one is checked only by the stage that reads it.
 */
import { any, byField, list, map, nullable, num, oneOf, type Schema, str } from './schema.js';

const strings = list(str);
const ENTITY_TYPE = str;

const pipeline = map(
  {
    name: str,
    version: num,
    stages: list(map({ stage: str, options: map({}, { rest: any }) }, { required: ['stage'] })),
  },
  { required: ['stages'] },
);

/** Gazetteers: three shapes (gazetteer.ts); every entry is unique by its name (countries: by code). */
const namedEntries = (keys: Record<string, Schema>): Schema =>
  list(
    map(
      {
        name: str,
        aliases: strings,
        type: ENTITY_TYPE,
        country: nullable(str),
        id: str,
        note: str,
        source: str,
        ...keys,
      },
      { required: ['name'] },
    ),
    byField('name'),
  );
const countryEntries = list(
  map(
    {
      id: str,
      name: str,
      official: str,
      norp: strings,
      aliases: strings,
      type: ENTITY_TYPE,
      note: str,
      source: str,
    },
    { required: ['id', 'name'] },
  ),
  byField('id'),
);
const groupEntries = list(
  map({ country: nullable(str), names: strings, note: str }, { required: ['country', 'names'] }),
);
const gazetteer = (shape: Record<string, Schema>): Schema => map({ source: str, type: ENTITY_TYPE, ...shape });
const named = (keys: Record<string, Schema>): Schema => gazetteer({ entries: namedEntries(keys) });
const groups = gazetteer({ groups: groupEntries });
const year = oneOf(num, str);
const gazetteers: Record<string, Schema> = {
  'gazetteers/countries.yml': gazetteer({ countries: countryEntries }),
  'gazetteers/cities.yml': groups,
  'gazetteers/places.yml': groups,
  'gazetteers/persons.yml': named({ office: str, from: year, to: nullable(year) }),
  'gazetteers/regions.yml': named({}),
  'gazetteers/events.yml': named({}),
  'gazetteers/instruments.yml': named({}),
  'gazetteers/norp.yml': named({}),
  'gazetteers/organizations.yml': named({ organ_of: str }),
};
/** A gazetteer file of another name: any of the three shapes, entries with the common keys. */
const anyGazetteer = gazetteer({ entries: namedEntries({}), countries: countryEntries, groups: groupEntries });

const typedLists = map({}, { rest: strings });
const entityPatterns = map({
  source: str,
  leading: strings,
  titles: strings,
  heads: typedLists,
  country_bound_heads: strings,
  numbered: typedLists,
  connectors: strings,
  not_names: strings,
  date_outside: strings,
  breakers: strings,
  generic: strings,
  year_lead: strings,
  vague_dates: strings,
  frequency_lead: strings,
  date_lead: strings,
  the_led: strings,
  given_names: map({ extra: strings, exclude: strings }),
  place_prefixes: strings,
  ship_prefixes: strings,
  other_heads: strings,
  place_homonyms: list(
    map({ name: str, country: str, cues: strings }, { required: ['name', 'country'] }),
    byField('name'),
  ),
});

const abbreviations = map({
  source: str,
  prefixes: strings,
  numberPrefixes: strings,
  mayEnd: strings,
  sentenceStarters: strings,
  nameTitles: strings,
});

const junkLines = map({
  source: str,
  patterns: list(map({ id: str, pattern: str, note: str }, { required: ['id', 'pattern'] }), byField('id')),
});

/**
 * The commitment lexicon's top-level keys are closed here; the fields inside its richer
 * sections are checked by its own loader (commitments/lexicon.ts); entry lists must not repeat an entry.
 */
const entries = (field: string): Schema => list(map({}, { rest: any }), byField(field));
const commitments = map({
  source: str,
  version: num,
  gazetteers: map({}, { rest: str }),
  semi_modals: any,
  verbs: any,
  head_nouns: any,
  intensifiers: any,
  negation: any,
  future_markers: entries('form'),
  predicate_adjectives: entries('word'),
  progressive_verbs: entries('lemma'),
  reported_commitments: entries('noun'),
  escape_clauses: entries('phrase'),
  impersonal_directives: entries('phrase'),
  host_formulae: entries('phrase'),
  reiterative_words: strings,
  discuss_objects: strings,
  invitation_objects: strings,
  meeting_objects: strings,
  framing_blockers: strings,
  deliverable_participles: strings,
  directive_participles: strings,
  descriptive_verbs: strings,
  deliverable_subjects: strings,
  agent_nouns: strings,
  group_references: strings,
  grouping_nouns: strings,
  outside_quantifiers: strings,
  leader_titles: strings,
});

/** The commitment stage's construction classes (commitments/classes.ts checks the values). */
const stanceNouns = map({
  source: str,
  version: num,
  light_verbs: entries('lemma'),
  ongoing_activity: map({}, { rest: any }),
  narrative_verbs: strings,
  warning_quantifiers: strings,
  warning_participles: strings,
  engage_participles: strings,
  directive_predicates: strings,
  directive_modals: strings,
  concern_predicates: strings,
  threat_verbs: strings,
  threat_nouns: strings,
});

export const PIPELINE_SCHEMAS: Record<string, Schema> = {
  'pipeline.yml': pipeline,
  ...gazetteers,
  'lexicons/entity-patterns.yml': entityPatterns,
  'lexicons/abbreviations.yml': abbreviations,
  'lexicons/junk-lines.yml': junkLines,
  'lexicons/commitments.yml': commitments,
  'lexicons/stance-nouns.yml': stanceNouns,
};

/** A gazetteer file in any folder: by its name, else whichever of the three shapes it has. */
export function gazetteerSchema(fileName: string): Schema {
  return gazetteers[`gazetteers/${fileName}`] ?? anyGazetteer;
}

/** The schema of a file (path relative to the pipeline folder), if it has one. */
export function schemaFor(file: string): Schema | undefined {
  return PIPELINE_SCHEMAS[file] ?? (file.startsWith('gazetteers/') ? anyGazetteer : undefined);
}
