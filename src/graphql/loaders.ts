/**
 * The per-request DataLoaders. Each batches the keys asked for during one tick into a single named
 * query, so a nested GraphQL query costs one round trip per level and kind of lookup, whatever the
 * number of results. They live for one request: nothing cached crosses requests or users.
 */
import DataLoader from 'dataloader';
import type { Graph } from '../db/graph';

/** A record as stored: its node properties (reference ids included, see records/write/rows.ts). */
export type NodeProps = Record<string, unknown> & { id: string; recordType: string };

export interface CitationRow {
  source: NodeProps;
  locator: string;
  credibility: number;
  quote: string | null;
  element: string | null;
}

/** A citation as the chain-of-command layer reports it (source by id). */
export type { CitationEvidence } from '../chain-of-command/types';
import type { CitationEvidence } from '../chain-of-command/types';
/** Either shape of citation the `Citation` type resolves. */
export type CitationLike = CitationRow | CitationEvidence;

export interface ElementRow {
  number: string;
  text: string;
  kind: string;
}

/** Relationship types from a fact to what it links, as the graph writer creates them. */
export type FactRel = 'PERSON' | 'ORGANIZATION' | 'CHILD' | 'PARENT' | 'ACTOR' | 'EVENT' | 'FROM' | 'TO' | 'PLACE' | 'COURT' | 'ACCUSED' | 'PROVISION' | 'EVENTS';

export interface Loaders {
  node: DataLoader<string, NodeProps | null>;
  citations: DataLoader<string, CitationRow[]>;
  contradictions: DataLoader<string, NodeProps[]>;
  elements: DataLoader<string, ElementRow[]>;
  /** Records pointing at a target through `rel`: `factsByTarget('PERSON').load(personId)` are a person's postings. */
  factsByTarget(rel: FactRel): DataLoader<string, NodeProps[]>;
}

/** A loader over a named query returning one row per key that has results: `{id, <field>}`. */
function grouped<T>(graph: Graph, query: string, field: string, empty: T, extra: Record<string, unknown> = {}): DataLoader<string, T> {
  return new DataLoader<string, T>(async (ids) => {
    const rows = await graph.read<Record<string, unknown>>(query, { ids: [...ids], ...extra });
    const byId = new Map(rows.map((r) => [r.id as string, r[field] as T]));
    return ids.map((id) => byId.get(id) ?? empty);
  });
}

export function createLoaders(graph: Graph): Loaders {
  const byRel = new Map<FactRel, DataLoader<string, NodeProps[]>>();
  return {
    node: grouped<NodeProps | null>(graph, 'graphql/nodes-by-ids', 'node', null),
    citations: grouped<CitationRow[]>(graph, 'graphql/citations-of', 'citations', []),
    contradictions: grouped<NodeProps[]>(graph, 'graphql/contradictions-of', 'others', []),
    elements: grouped<ElementRow[]>(graph, 'graphql/elements-of', 'elements', []),
    factsByTarget(rel) {
      let loader = byRel.get(rel);
      if (!loader) byRel.set(rel, (loader = grouped<NodeProps[]>(graph, 'graphql/facts-by-target', 'facts', [], { rel })));
      return loader;
    },
  };
}
