/**
 * The parameters of the writer's statements (cypher.ts) for a batch of rows of any record types:
 * what rows.ts gives per record, flattened into one list per statement so that each statement is
 * a single UNWIND with no per-row subquery.
 */
import { CONTRADICTS_REL, RECORD_TYPES } from '../../../foundations/model/record-types';
import type { RecordType } from '../schemas';
import type { WriteRow } from './rows';

/** A row to write with the record type it is of. */
export interface TypedRow {
  type: RecordType;
  row: WriteRow;
}

export interface FlatParams {
  /** Statement 3: (from, to, relationship type) per reference. */
  pairs: { from: string; to: string; rel: string }[];
  /** Statement 4: citations, each naming its record. */
  cites: (WriteRow['sources'][number] & { record: string })[];
  /** Statement 5: legal elements, each naming its provision. */
  elements: (WriteRow['elements'][number] & { provision: string })[];
}

/** Statement 1: the properties, the labels, and (in the properties) the hash that tells the outcome. */
export function upsertParams(rows: readonly TypedRow[]): { id: string; props: Record<string, unknown>; labels: readonly string[] }[] {
  return rows.map(({ type, row }) => ({ id: row.id, props: row.props, labels: RECORD_TYPES[type].labels }));
}

/** Statement 2: the outgoing relationship types an updated record loses before it is written anew. */
export function clearParams(rows: readonly TypedRow[]): { id: string; rels: string[] }[] {
  return rows.map(({ type, row }) => {
    const info = RECORD_TYPES[type];
    return { id: row.id, rels: [...info.refs.map((r) => r.rel), ...(info.category === 'source' ? [] : [CONTRADICTS_REL])] };
  });
}

export function flatParams(rows: readonly TypedRow[]): FlatParams {
  const out: FlatParams = { pairs: [], cites: [], elements: [] };
  for (const { type, row } of rows) {
    for (const r of RECORD_TYPES[type].refs) for (const to of row.refs[r.field] ?? []) out.pairs.push({ from: row.id, to, rel: r.rel });
    for (const c of row.sources) out.cites.push({ ...c, record: row.id });
    for (const e of row.elements) out.elements.push({ ...e, provision: row.id });
  }
  return out;
}
