/**
 * How many records one hop from an entity each (link type, neighbour kind) would add, before
 * expanding: for the explorer to say "PARTICIPATION: 3 organisations, 1 person" and let the user
 * choose. One round trip (cypher/queries/subgraph/neighbors.cypher reads the entity and its links
 * as a hop of the neighbourhood does), then the neighbourhood's own rule for each link
 * (hop-steps.ts), so a count is exactly what `neighborhood(ids: [id], hops: 1, linkTypes: [type])`
 * with the same filters adds of that kind, and the records counted over every type are those of
 * `neighborhood(ids: [id], hops: 1)`: same date window, minimum grade and protection. Counts are
 * not cut by a node limit; a record with more links than one hop reads (MAX_ROWS_PER_HOP) is
 * counted over the links that hop would read.
 *
 * An id that is not an entity or legal provision, and a withheld person for a viewer without
 * clearance, both get no counts: nothing tells them apart.
 */
import type { Graph } from '../../storage/db/graph';
import { WHOLE_RECORDS } from '../../storage/records/projected';
import type { ProtectionViewer } from '../protection/display';
import { isVisible, type Props } from './build';
import { checkLinkFilters, MAX_ROWS_PER_HOP, type LinkFilters } from './expand';
import { KnownRecords } from './frontier-records';
import { hopStep, type HopRow, type HopRules } from './hop-steps';
import { EDGE_TYPES, KIND_OF_TYPE, NODE_KINDS, type EdgeType, type NodeKind } from './types';

export interface NeighborCount {
  type: EdgeType;
  kind: NodeKind;
  count: number;
}

/** Largest count first; then link type and kind in the order the vocabularies (and the SDL enums) declare them. */
function byCountThenTypeAndKind(a: NeighborCount, b: NeighborCount): number {
  return b.count - a.count || EDGE_TYPES.indexOf(a.type) - EDGE_TYPES.indexOf(b.type) || NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind);
}

export async function countNeighbors(graph: Graph, id: string, options: LinkFilters & { viewer: ProtectionViewer }): Promise<NeighborCount[]> {
  const { window, minGrade } = checkLinkFilters(options);
  const [found] = await graph.read<{ seed: Props; links: HopRow[] }>('subgraph/neighbors', { id, maxRows: MAX_ROWS_PER_HOP, withCitations: true, projection: WHOLE_RECORDS });
  if (!found || !isVisible(found.seed, options.viewer)) return [];
  const known = new KnownRecords();
  known.add([found.seed]);
  known.complete(found.links);
  const rules: HopRules = { viewer: options.viewer, window, minGrade, kinds: null, linkTypes: null, drawn: (other) => other === id };
  const reached = new Map<string, { type: EdgeType; kind: NodeKind; ids: Set<string> }>();
  for (const link of found.links) {
    const step = hopStep(link, rules);
    if (!step) continue;
    for (const record of step.records) {
      if (record.id === id) continue;
      const kind = KIND_OF_TYPE[record.recordType]!;
      const key = `${step.linkType} ${kind}`;
      const entry = reached.get(key) ?? reached.set(key, { type: step.linkType, kind, ids: new Set() }).get(key)!;
      entry.ids.add(record.id);
    }
  }
  return [...reached.values()].map(({ type, kind, ids }) => ({ type, kind, count: ids.size })).sort(byCountThenTypeAndKind);
}
