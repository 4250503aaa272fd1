/** What validation needs to know about records already in the graph. */
import type { Graph } from '../db/graph';
import { ROME_STATUTE } from '../../foundations/model/cited-element';
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
    async modeProvisionsOf(articles) {
      if (!articles.length) return new Map();
      const rows = await graph.read<{ id: string; article: string; numbers: string[] }>('records/mode-provisions-of', { articles, instrument: ROME_STATUTE });
      return new Map(rows.map((r) => [r.article, r]));
    },
  };
}

/**
 * The stored records as a viewer without clearance may know them: `hidden` ids (withheld persons
 * and the records linking them) look unknown, so validating a write reports a reference to one
 * exactly as it reports an id that does not exist.
 */
export function hidingRecords(known: KnownRecords, hidden: ReadonlySet<string>): KnownRecords {
  if (!hidden.size) return known;
  return {
    async typeOf(ids) {
      const types = await known.typeOf(ids.filter((id) => !hidden.has(id)));
      return types;
    },
    elementsOf: known.elementsOf?.bind(known),
    modeProvisionsOf: known.modeProvisionsOf?.bind(known),
  };
}
