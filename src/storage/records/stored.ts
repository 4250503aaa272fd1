/**
 * A record as stored on its node (records/write/rows.ts writes it, every read query returns it as
 * `n {.*}`), declared once from the records v1 schemas: the record's own fields without those that
 * become relationships or child nodes, `recordType` for `type`, the earliest and latest day of each
 * partial date, and what the service adds on the way out (`pseudonymised`, see protection/).
 */
import type { Credibility, TranslationOrigin } from '../../foundations/model/enums';
import type { RecordOf, RecordType } from './schemas';

/** Fields of a record v1 that are not node properties: relationships (sources, contradicts) and child nodes (elements). */
type Structural = 'type' | 'sources' | 'contradicts' | 'elements';

/** `<field>Min` / `<field>Max` of each partial date: full ISO dates, the comparison keys of "valid at". */
type DateBounds = { [bound: `${string}Min` | `${string}Max`]: string | undefined };

/** What every stored record carries besides its own fields. */
interface StoredExtras<T extends RecordType> {
  recordType: T;
  /** Set on the way out: true when a person is shown under a pseudonym, false for a cleared viewer. */
  pseudonymised?: boolean;
}

/**
 * A stored record of one type (or of any of several), with its fields typed as the schema declares
 * them. It is still a `StoredRecord`, so generic code (redaction, citations, date filters) takes it as it is.
 */
export type StoredRecordOf<T extends RecordType> = T extends RecordType ? StoredRecord & Omit<RecordOf<T>, Structural> & StoredExtras<T> & DateBounds : never;

// The records the GraphQL types are resolved from (codegen.ts maps each type to one of these).
export type StoredSource = StoredRecordOf<'Source'>;
export type StoredPerson = StoredRecordOf<'Person'>;
export type StoredOrganization = StoredRecordOf<'Organization'>;
export type StoredPlace = StoredRecordOf<'Place'>;
/** The GraphQL type Event: an event or a trial (a trial is an event with its trial details). */
export type StoredEvent = StoredRecordOf<'Event' | 'Trial'>;
export type StoredTrial = StoredRecordOf<'Trial'>;
export type StoredEventLink = StoredRecordOf<'EventLink'>;
export type StoredPosting = StoredRecordOf<'Posting'>;
export type StoredSubordination = StoredRecordOf<'Subordination'>;
export type StoredParticipation = StoredRecordOf<'Participation'>;
export type StoredLegalProvision = StoredRecordOf<'LegalProvision'>;
export type StoredAllegation = StoredRecordOf<'Allegation'>;
/** A record of whichever type, told apart by `recordType` (the GraphQL interfaces Node and Cited). */
export type AnyStoredRecord = StoredRecordOf<RecordType>;
/** The GraphQL union Actor: who took part in an event or is accused. */
export type StoredActor = StoredRecordOf<'Person' | 'Organization'>;

/**
 * A stored record of any type, as generic code handles it (redaction, drawing, exports): its id
 * and type known, its other fields read by name. Narrow it with `isStoredRecordOf` to read them typed.
 */
export type StoredRecord = { id: string; recordType: RecordType; pseudonymised?: boolean } & Record<string, unknown>;

/**
 * A record handled as the generic bag, typed again as a record of its `recordType`: every Record node
 * is written from a validated records v1 record (records/write), so its properties are that type's.
 */
export const typedRecord = (record: StoredRecord): AnyStoredRecord => record as AnyStoredRecord;

/**
 * A record known by its id alone, for a selection that asks for nothing else (a chain answers an
 * organisation's `id` from the id it holds): no field beyond `id` and `recordType` may be read from it.
 */
export const idOnlyRecord = <T extends RecordType>(id: string, recordType: T): StoredRecordOf<T> => ({ id, recordType }) as StoredRecord as StoredRecordOf<T>;

/** Whether `record` is of one of `types`, so its fields may be read as that type's. */
export function isStoredRecordOf<T extends RecordType>(record: StoredRecord, types: readonly T[]): record is StoredRecordOf<T> {
  return (types as readonly RecordType[]).includes(record.recordType);
}

/** The properties of a CITED_FOR relationship: where in the source, how credible, the passage, the element it goes to. */
export interface CitedFor {
  locator: string;
  credibility: Credibility;
  quote: string | null;
  /** An English translation beside a quote in another language, and who made it (DATASET, SOURCE). */
  translation: string | null;
  translationBy: TranslationOrigin | null;
  /** For an allegation's citations: the legal element the evidence goes to. */
  element: string | null;
}

/** A citation as stored: its CITED_FOR properties, with the source record it comes from. */
export interface StoredCitation extends CitedFor {
  source: StoredSource;
}
