/** What the user does to the canvas: search, put a record on it, expand, remove, pin. */
import { api } from '../api/operations';
import { expansionNodeLimit, filterVariables } from '../core/filters/actions';
import { filtersStore } from '../core/filters/state';
import { mergeSubgraph, pinNodes, removeEdges, removeNodes, unpinNodes } from '../core/graph/actions';
import { graphStore } from '../core/graph/state';
import type { EdgeType, Position, Subgraph } from '../core/graph/types';
import { describeHit } from '../core/search/actions';
import { searchStore } from '../core/search/state';
import { selectionStillDrawn } from '../core/selection/actions';
import { selectionStore } from '../core/selection/state';
import { changeCanvas } from './history';
import { markPhase } from '../measure/phases';
import { reporting } from './report';

export async function search(query: string): Promise<void> {
  const text = query.trim();
  if (!text) return;
  searchStore.set({ query: text, results: searchStore.get().results, loading: true });
  const answer = await reporting(`searching for "${text}"`, () => api.search({ query: text, first: 40 }));
  searchStore.set({
    query: text,
    loading: false,
    results: answer
      ? answer.search.map((hit) => ({ id: hit.node.id, kind: hit.kind, score: hit.score, ...describeHit(hit.kind, hit.node as Parameters<typeof describeHit>[1]) }))
      : searchStore.get().results,
  });
}

/** Draws records (no neighbours) and selects the first. */
export async function addToCanvas(ids: readonly string[]): Promise<void> {
  markPhase('canvas', 'action');
  const answer = await reporting('putting the record on the canvas', () => api.neighborhood({ ids: [...ids], hops: 0, limit: Math.max(ids.length, 1) }));
  if (!answer) return;
  markPhase('canvas', 'answer');
  changeCanvas(`draw ${ids.join(', ')}`, (g) => mergeSubgraph(g, { ...answer.neighborhood, truncated: g.truncated }));
  if (ids[0]) selectionStore.set({ kind: 'node', id: ids[0] });
}

/** Expands a node by the filters' hops, through every link or only one type of link. */
export async function expand(id: string, linkType?: EdgeType): Promise<Subgraph | undefined> {
  markPhase('canvas', 'action');
  const filters = filtersStore.get();
  const limit = expansionNodeLimit(window.location.hash);
  const variables = { ids: [id], hops: linkType ? 1 : filters.hops, limit, ...filterVariables(filters), ...(linkType ? { linkTypes: [linkType] } : {}) };
  const answer = await reporting(`expanding ${id}`, () => api.neighborhood(variables));
  if (!answer) return undefined;
  markPhase('canvas', 'answer');
  changeCanvas(`expand ${id}`, (g) => mergeSubgraph(g, answer.neighborhood));
  return answer.neighborhood;
}

export function removeFromCanvas(nodeIds: readonly string[], edgeIds: readonly string[] = []): void {
  if (!nodeIds.length && !edgeIds.length) return;
  changeCanvas(`remove ${nodeIds.length + edgeIds.length}`, (g) => removeEdges(removeNodes(g, nodeIds), edgeIds));
  selectionStore.set((s) => selectionStillDrawn(s, graphStore.get()));
}

export function pin(positions: Record<string, Position>): void {
  changeCanvas('pin', (g) => pinNodes(g, positions));
}

export function unpin(ids: readonly string[]): void {
  changeCanvas('unpin', (g) => unpinNodes(g, ids));
}

export function clearCanvas(): void {
  removeFromCanvas(Object.keys(graphStore.get().nodes));
}
