/**
 * The `all` selection: every record, its ids read in pages of ALL_PAGE in id order (keyset paging
 * on the unique id index). For a million records this list of ids is the export's only memory
 * that grows with the graph. No closure is needed: the whole graph is closed. For a viewer
 * without clearance the withheld persons and every record linking one are left out.
 */
import type { Graph } from '../../../storage/db/graph';
import type { RecordType } from '../../../storage/records/schemas';
import { inExportOrder, type TypeCounts } from './order';
import type { SelectedIds } from './types';

export const ALL_PAGE = 10_000;

export async function selectAll(graph: Graph, withheld: ReadonlySet<string>, onPage?: (read: number) => void): Promise<SelectedIds> {
  const leftOut = new Set<string>(withheld);
  let omitted = 0;
  if (withheld.size) {
    const linking = await graph.read<{ id: string }>('protection/linking-persons', { ids: [...withheld] });
    for (const { id } of linking) {
      if (!leftOut.has(id)) {
        leftOut.add(id);
        omitted++;
      }
    }
  }
  const byType = new Map<RecordType, string[]>();
  let after = '';
  let read = 0;
  for (;;) {
    const page = await graph.read<{ id: string; recordType: RecordType }>('exports/all-ids', { after, limit: ALL_PAGE });
    for (const { id, recordType } of page) {
      if (leftOut.has(id)) continue;
      const list = byType.get(recordType) ?? byType.set(recordType, []).get(recordType)!;
      list.push(id);
    }
    read += page.length;
    onPage?.(read);
    if (page.length < ALL_PAGE) break;
    after = page[page.length - 1]!.id;
  }
  const counts: TypeCounts = {};
  for (const [type, ids] of byType) counts[type] = ids.length;
  return { ids: inExportOrder(byType), byType: counts, withheld: withheld.size, omitted, leftOut, notes: [] };
}
