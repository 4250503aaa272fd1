/**
 * How each record type of records v1 lives in the graph, declared once: its labels, which fields
 * link to other records (and of which types), which fields are dates. The graph writer, reference
 * validation, integrity check and exports read this table instead of knowing record types themselves.
 *
 * Graph shape: every record is a node labelled `Record` plus its type (Trial also `Event`); entities
 * carry `Entity`, dated/roled facts carry `Fact`. A reference field becomes a relationship from the
 * record to the referenced node, named after the field (Posting.person → `(:Posting)-[:PERSON]->(:Person)`),
 * so a fact node points at everything it relates ("intervals are not edges").
 */
/** The record types of records v1 (records/schemas.ts has a schema for each, and checks it has). */
export const RECORD_TYPE_LIST = ['Source', 'Person', 'Organization', 'Place', 'Event', 'Trial', 'Posting', 'Subordination', 'Participation', 'EventLink', 'LegalProvision', 'Allegation'] as const;
export type RecordType = (typeof RECORD_TYPE_LIST)[number];

export type Category = 'source' | 'entity' | 'fact' | 'law';

export interface RefField {
  field: string;
  /** Relationship type from the record to the referenced node. */
  rel: string;
  targets: readonly RecordType[];
  many: boolean;
}

export interface RecordTypeInfo {
  type: RecordType;
  labels: readonly string[];
  category: Category;
  refs: readonly RefField[];
  /** Partial-date fields, stored as text plus `<field>Min`/`<field>Max` full dates. */
  dates: readonly string[];
  /** The field that names the record for people (search, drawings). */
  display: string;
}

const ACTORS = ['Person', 'Organization'] as const;
const EVENTS = ['Event', 'Trial'] as const;
const ENTITIES = ['Person', 'Organization', 'Place', 'Event', 'Trial'] as const;

/** A reference field, its name and targets kept as literal types so that `RefTargets` can read them. */
const ref = <F extends string, T extends readonly RecordType[]>(field: F, targets: T, many = false) => ({
  field,
  rel: field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
  targets,
  many,
});

const RECORD_TYPE_TABLE = {
  Source: { type: 'Source', labels: ['Source'], category: 'source', refs: [], dates: ['publishedAt'], display: 'title' },
  Person: { type: 'Person', labels: ['Person', 'Entity'], category: 'entity', refs: [], dates: ['birthDate'], display: 'name' },
  Organization: {
    type: 'Organization',
    labels: ['Organization', 'Entity'],
    category: 'entity',
    refs: [],
    dates: ['foundedDate', 'dissolvedDate'],
    display: 'name',
  },
  Place: { type: 'Place', labels: ['Place', 'Entity'], category: 'entity', refs: [], dates: [], display: 'name' },
  Event: {
    type: 'Event',
    labels: ['Event', 'Entity'],
    category: 'entity',
    refs: [ref('place', ['Place'])],
    dates: ['startDate', 'endDate'],
    display: 'title',
  },
  Trial: {
    type: 'Trial',
    labels: ['Trial', 'Event', 'Entity'],
    category: 'entity',
    refs: [ref('place', ['Place']), ref('court', ['Organization'])],
    dates: ['startDate', 'endDate', 'verdictDate'],
    display: 'title',
  },
  Posting: {
    type: 'Posting',
    labels: ['Posting', 'Fact'],
    category: 'fact',
    refs: [ref('person', ['Person']), ref('organization', ['Organization'])],
    dates: ['startDate', 'endDate'],
    display: 'role',
  },
  Subordination: {
    type: 'Subordination',
    labels: ['Subordination', 'Fact'],
    category: 'fact',
    refs: [ref('child', ['Organization']), ref('parent', ['Organization'])],
    dates: ['startDate', 'endDate'],
    display: 'classification',
  },
  Participation: {
    type: 'Participation',
    labels: ['Participation', 'Fact'],
    category: 'fact',
    refs: [ref('actor', ACTORS), ref('event', EVENTS)],
    dates: [],
    display: 'role',
  },
  EventLink: {
    type: 'EventLink',
    labels: ['EventLink', 'Fact'],
    category: 'fact',
    refs: [ref('from', EVENTS), ref('to', EVENTS)],
    dates: [],
    display: 'relation',
  },
  LegalProvision: {
    type: 'LegalProvision',
    labels: ['LegalProvision'],
    category: 'law',
    refs: [],
    dates: [],
    display: 'title',
  },
  Allegation: {
    type: 'Allegation',
    labels: ['Allegation', 'Fact'],
    category: 'fact',
    refs: [ref('accused', ACTORS), ref('provision', ['LegalProvision']), ref('events', EVENTS, true)],
    dates: [],
    display: 'mode',
  },
} as const satisfies Record<RecordType, RecordTypeInfo>;

export const RECORD_TYPES: Record<RecordType, RecordTypeInfo> = RECORD_TYPE_TABLE;

/** The reference fields of records of type `R` (of any of them, for a union), as the table declares them. */
type RefsOf<R extends RecordType> = (typeof RECORD_TYPE_TABLE)[R]['refs'][number];
/** The names of the reference fields of records of type `R`. */
export type RefFieldOf<R extends RecordType> = RefsOf<R>['field'];
/** The record types field `F` of a record of type `R` may point at. */
export type RefTargets<R extends RecordType, F extends string> = Extract<RefsOf<R>, { field: F }>['targets'][number];
/** The relationship types references are stored as (every reference field is one lower-case word). */
export type RefRel = Uppercase<RefFieldOf<RecordType>>;
/** The record types that point at another record through `Rel`: through PERSON, postings. */
export type ReferrersVia<Rel extends RefRel> = { [R in RecordType]: Rel extends Uppercase<RefFieldOf<R>> ? R : never }[RecordType];

export const RECORD_TYPE_NAMES = Object.keys(RECORD_TYPES) as RecordType[];

/** The record types that cite sources and may contradict one another: every type but Source. */
export type CitedRecordType = Exclude<RecordType, 'Source'>;
export const CITED_RECORD_TYPES = RECORD_TYPE_LIST.filter((t): t is CitedRecordType => t !== 'Source');

/** Any record may be contradicted by another: `contradicts` becomes `(:Record)-[:CONTRADICTS]->(:Record)`. */
export const CONTRADICTS_REL = 'CONTRADICTS';
export const CITED_FOR_REL = 'CITED_FOR';
export const ELEMENT_REL = 'HAS_ELEMENT';
export const ENTITY_TYPES = ENTITIES;

/** The node label that names a record's type (the first of its labels). */
export function primaryLabel(type: RecordType): string {
  return RECORD_TYPES[type].labels[0]!;
}
