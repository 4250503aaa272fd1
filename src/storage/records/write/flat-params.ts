/**
 * The parameters of the writer's flat statements (cypher.ts) for a batch of rows of one record
 * type: what rows.ts gives per record, flattened into one list per statement so that each
 * statement is a single UNWIND with no per-row subquery.
 */
import { RECORD_TYPES } from '../../../foundations/model/record-types';
import type { RecordType } from '../schemas';
import type { WriteRow } from './rows';

export interface FlatParams {
  /** Statement 2: properties of created and updated records. */
  props: { id: string; props: Record<string, unknown> }[];
  /** Statement 4: (from, to) id pairs per reference field. */
  pairs: Map<string, { from: string; to: string }[]>;
  /** Statement 5: citations, each naming its record. */
  cites: (WriteRow['sources'][number] & { record: string })[];
  /** Statement 6: legal elements, each naming its provision. */
  elements: (WriteRow['elements'][number] & { provision: string })[];
}

/** Statement 1: just what the MERGE needs to tell created, updated and unchanged apart. */
export function mergeParams(rows: readonly WriteRow[]): { id: string; hash: unknown }[] {
  return rows.map((r) => ({ id: r.id, hash: r.props._hash }));
}

export function flatParams(type: RecordType, rows: readonly WriteRow[]): FlatParams {
  const pairs = new Map(RECORD_TYPES[type].refs.map((r) => [r.field, [] as { from: string; to: string }[]]));
  const out: FlatParams = { props: [], pairs, cites: [], elements: [] };
  for (const row of rows) {
    out.props.push({ id: row.id, props: row.props });
    for (const [field, list] of pairs) for (const to of row.refs[field] ?? []) list.push({ from: row.id, to });
    for (const c of row.sources) out.cites.push({ ...c, record: row.id });
    for (const e of row.elements) out.elements.push({ ...e, provision: row.id });
  }
  return out;
}
