/** What validation needs to know about records already in the graph. */
import type { Graph } from '../db/graph';
import type { KnownRecords } from './validate';
import type { RecordType } from './schemas';

export function storedRecords(graph: Graph): KnownRecords {
  return {
    async typeOf(ids) {
      const rows = await graph.read<{ id: string; type: RecordType }>('records/types-of', { ids });
      return new Map(rows.map((r) => [r.id, r.type]));
    },
    async elementsOf(provisionIds) {
      const rows = await graph.read<{ id: string; numbers: string[] }>('records/elements-of', { ids: provisionIds });
      return new Map(rows.map((r) => [r.id, r.numbers]));
    },
  };
}
