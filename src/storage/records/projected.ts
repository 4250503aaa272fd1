/**
 * Records read with only some of their properties. A query given a `RecordProjection` as
 * `$projection` returns each record of a projected type as the list of its values under the
 * projection's keys, in order, and every other record whole (`@projected(n)` in a Cypher file,
 * src/storage/db/cypher-library.ts); `unprojected` turns either back into a record. A list of values is a fraction
 * of the bytes of the whole record (no keys, no hashes or search texts), and what the driver does
 * not receive it does not decode.
 */
import { recordSchema, type RecordType } from './schemas';
import type { StoredRecord } from './stored';

/**
 * The properties to read per record type, each list starting with `recordType` then `id`; a type
 * not named is read whole.
 */
export type RecordProjection = Readonly<Record<string, readonly string[]>>;

/** The projection of a query that reads every record whole. */
export const WHOLE_RECORDS: RecordProjection = Object.freeze({});

/**
 * A record as a query given `projection` returned it: a map (read whole) as it is, a list of values
 * (projected) as the record of those keys, a property absent from the node (null) left out, as
 * `n {.*}` leaves it out. A list of another type than the projection names is an internal error.
 */
export function unprojected<T extends StoredRecord = StoredRecord>(value: T | unknown[], projection: RecordProjection): T {
  if (!Array.isArray(value)) return value;
  const keys = projection[String(value[0])];
  if (!keys || keys.length !== value.length) throw new Error(`a projected record of type ${String(value[0])} does not match the projection asked for`);
  const record: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    if (value[i] !== null) record[key] = value[i];
  });
  return record as T;
}

/** Keys of a record schema that are not properties of its node: its type (the node's `recordType`), and what the writer makes relationships or nodes of. */
const NOT_PROPERTIES = new Set(['type', 'sources', 'contradicts', 'elements']);

const STORED_PROPERTIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  recordSchema.options.map((schema) => [schema.shape.type.value, new Set(Object.keys(schema.shape).filter((key) => !NOT_PROPERTIES.has(key)))]),
);

/** The properties a node of this record type may have as records v1 names them (derived ones, such as `startDateMin`, not included). */
export function storedProperties(type: RecordType): ReadonlySet<string> {
  return STORED_PROPERTIES.get(type)!;
}
