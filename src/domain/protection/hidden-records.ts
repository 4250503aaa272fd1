/**
 * What a viewer without clearance may not even know exists: withheld persons and the records that
 * link them (postings, participations, allegations accusing them). Writes by such a viewer are
 * validated as if these ids did not exist (see hidingRecords), so a mutation cannot be used to probe
 * for a withheld person.
 */
import type { Graph } from '../../storage/db/graph';
import type { ProtectionView } from './view';

export async function hiddenRecordIds(graph: Graph, view: ProtectionView): Promise<ReadonlySet<string>> {
  const withheld = view.withheld;
  if (!withheld.size) return withheld;
  const linking = await graph.read<{ id: string }>('protection/linking-persons', { ids: [...withheld] });
  return new Set([...withheld, ...linking.map((r) => r.id)]);
}
