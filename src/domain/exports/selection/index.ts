/**
 * Which records an export holds: the five selections (seeds + hops, event with its chain of
 * command, allegation, accused, all), then the closure over references, sources and rival accounts (see
 * closure.ts), so that a records export re-imports into an empty database.
 */
import type { Graph } from '../../../storage/db/graph';
import type { ProtectionViewer } from '../../protection/display';
import { createProtection } from '../../protection/view';
import type { RecordType } from '../../../storage/records/schemas';
import type { ExportSelection } from '../types';
import { selectAll } from './all';
import { selectAccused, selectAllegation } from './allegation';
import { closeOverReferences } from './closure';
import { Collected } from './collected';
import { selectEvent } from './event';
import { inExportOrder, type TypeCounts } from './order';
import { selectSeeds } from './seeds';
import type { SelectedIds } from './types';

export { exportSelectionSchema, parseExportSelection, selectionProblems, DEFAULT_EXPORT_HOPS } from './schema';
export { EXPORT_TYPE_ORDER, countsOf, byId, type TypeCounts } from './order';
export type { SelectedIds } from './types';

export interface SelectOptions {
  /** Withheld persons' ids for this viewer, when the caller has loaded them (else loaded here). */
  withheld?: ReadonlySet<string>;
  /** Progress of the selection: records selected so far (for `all`: ids read so far). */
  onProgress?: (selected: number) => void;
}

/** The records `selection` exports for `viewer` (validate the selection first: parseExportSelection). */
export async function selectRecordIds(graph: Graph, selection: ExportSelection, viewer: ProtectionViewer, options: SelectOptions = {}): Promise<SelectedIds> {
  const withheld = options.withheld ?? (await createProtection(graph, viewer).get()).withheld;
  const progress = options.onProgress;
  if (selection.by === 'all') return selectAll(graph, withheld, (read) => progress?.(read));

  const collected = new Collected(withheld);
  if (selection.by === 'seeds') await selectSeeds(graph, selection, viewer, collected, () => progress?.(collected.included.size));
  else if (selection.by === 'event') await selectEvent(graph, selection, collected);
  else if (selection.by === 'accused') await selectAccused(graph, selection, collected);
  else await selectAllegation(graph, selection, collected);
  await closeOverReferences(graph, collected, (_round, size) => progress?.(size));

  const byType = new Map<RecordType, string[]>();
  const counts: TypeCounts = {};
  for (const [id, type] of collected.included) {
    // Every included record was read by the closure, so its type is known.
    if (!type) throw new Error(`export selection: record "${id}" has no type after the closure`);
    (byType.get(type) ?? byType.set(type, []).get(type)!).push(id);
    counts[type] = (counts[type] ?? 0) + 1;
  }
  const leftOut = new Set([...collected.withheldPersons, ...collected.omitted]);
  return { ids: inExportOrder(byType), byType: counts, withheld: collected.withheldPersons.size, omitted: collected.omitted.size, leftOut, notes: collected.notes };
}
