/**
 * Reading records back: rebuilds records v1 exactly as they were written, from the graph (see
 * src/storage/records/write/rows.ts for how a record is stored). Node properties minus the derived ones,
 * citations from CITED_FOR, `contradicts` from outgoing CONTRADICTS and legal elements from
 * HAS_ELEMENT, each list in its original order (the writer stores positions). Exports, audit
 * before/after images and GraphQL mutations read records through here.
 *
 * Nulls are not stored, so a record written with `"startDate": null` reads back without the field,
 * which records v1 define as the same thing (see withoutNulls).
 */
import type { Graph, GraphTx } from '../../db/graph';
import { RECORD_TYPES } from '../../../foundations/model/record-types';
import { recordSchema, type RecordType, type RecordV1 } from '../schemas';
import { withoutNulls } from './without-nulls';

export const READ_RECORDS_QUERY = 'records/read';

/** Properties the writer adds to a node that are not part of the record. */
const DERIVED = new Set(['recordType', '_hash', 'searchNames', 'searchNamesAll']);

export interface StoredRecordRow {
  id: string;
  props: Record<string, unknown>;
  sources: Record<string, unknown>[];
  contradicts: string[];
  elements: Record<string, unknown>[];
}

/** A stored record that does not parse as records v1: the graph was written by something else. */
export class UnreadableRecordError extends Error {
  override name = 'UnreadableRecordError';
}

/** The record v1 a stored node and its relationships stand for. */
export function recordFromRow(row: StoredRecordRow): RecordV1 {
  const type = row.props.recordType as RecordType;
  const info = RECORD_TYPES[type];
  if (!info) throw new UnreadableRecordError(`stored record ${row.id} has no known recordType (${String(type)})`);
  const derivedDates = new Set(info.dates.flatMap((d) => [`${d}Min`, `${d}Max`]));
  const raw: Record<string, unknown> = { type };
  for (const [key, value] of Object.entries(row.props)) {
    if (DERIVED.has(key) || derivedDates.has(key) || value === null) continue;
    raw[key] = value;
  }
  if (info.category !== 'source') raw.sources = withoutNulls(row.sources);
  if (row.contradicts.length) raw.contradicts = row.contradicts;
  if (type === 'LegalProvision') raw.elements = withoutNulls(row.elements);
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    throw new UnreadableRecordError(`stored record ${row.id} is not a valid records v1 ${type}: ${why}`);
  }
  return parsed.data;
}

/**
 * The stored records among `ids`, by id, in the order asked (ids not stored are absent). One
 * database round trip whatever the number of ids. Pass a transaction to read inside it (an audit's
 * before image), or the graph for a read of its own.
 */
export async function readRecords(graph: Graph | GraphTx, ids: readonly string[]): Promise<Map<string, RecordV1>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, RecordV1>();
  if (!unique.length) return out;
  const params = { ids: unique };
  const rows = 'read' in graph ? await graph.read<StoredRecordRow>(READ_RECORDS_QUERY, params) : await graph.run<StoredRecordRow>(READ_RECORDS_QUERY, params);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of unique) {
    const row = byId.get(id);
    if (row) out.set(id, recordFromRow(row));
  }
  return out;
}
