/**
 * The order every export writes records in (the ExportInput contract): sources, then entities,
 * legal provisions, allegations, then facts; within each group by record type in the model's order
 * (Person, Organization, Place, Event, Trial; Posting, Subordination, Participation, EventLink),
 * then by id. The model's order is also a dependency order, so a reader meets a record's
 * references before the record in every group but the contradictions.
 */
import { RECORD_TYPES, RECORD_TYPE_NAMES } from '../../../foundations/model/record-types';
import type { RecordType } from '../../../storage/records/schemas';
import type { ExportCounts } from '../types';

const GROUP_RANK = (type: RecordType): number => {
  const info = RECORD_TYPES[type];
  if (info.category === 'source') return 0;
  if (info.category === 'entity') return 1;
  if (info.category === 'law') return 2;
  if (type === 'Allegation') return 3;
  return 4;
};

/** Record types in export order. */
export const EXPORT_TYPE_ORDER: readonly RecordType[] = [...RECORD_TYPE_NAMES].sort((a, b) => GROUP_RANK(a) - GROUP_RANK(b) || RECORD_TYPE_NAMES.indexOf(a) - RECORD_TYPE_NAMES.indexOf(b));

/** Plain code-unit order: the same in every locale and Node version. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ids grouped by type, each group sorted, concatenated in export order. */
export function inExportOrder(byType: ReadonlyMap<RecordType, string[]>): string[] {
  const out: string[] = [];
  for (const type of EXPORT_TYPE_ORDER) {
    const ids = byType.get(type);
    // A loop, not push(...ids): spreading a million arguments overflows the stack.
    if (ids?.length) for (const id of [...ids].sort(byId)) out.push(id);
  }
  return out;
}

export type TypeCounts = Partial<Record<RecordType, number>>;

/** Records, sources, drawn nodes (entities, legal provisions, allegations) and facts (edges). */
export function countsOf(byType: TypeCounts): ExportCounts {
  const counts: ExportCounts = { records: 0, sources: 0, nodes: 0, facts: 0 };
  for (const [type, n] of Object.entries(byType) as [RecordType, number][]) {
    counts.records += n;
    const rank = GROUP_RANK(type);
    if (rank === 0) counts.sources += n;
    else if (rank === 4) counts.facts += n;
    else counts.nodes += n;
  }
  return counts;
}
