/** The path finder: ask the service for the shortest paths, draw one on the canvas and highlight it. */
import { analysisApi } from '../api/analysis';
import { mergeSubgraph } from '../core/graph/actions';
import { highlightStore } from '../core/highlight/state';
import { panelsStore } from '../core/panels/state';
import { pathElementIds, pathProblem, pathSubgraph, pathVariables } from '../core/paths/actions';
import { pathsStore } from '../core/paths/state';
import type { PathQuery } from '../core/paths/types';
import { changeCanvas } from './history';
import { reporting } from './report';

/** How many shortest paths are asked for at most: five, each step with its citations, stay within the cost headroom. */
export const PATHS_ASKED = 5;

export function setPathQuery(change: Partial<PathQuery>): void {
  pathsStore.set((p) => ({ ...p, query: { ...p.query, ...change } }));
}

/** Opens the path finder between two entities (the two nodes selected on the canvas). */
export function pathsBetween(fromId: string, toId: string): void {
  setPathQuery({ fromId, toId });
  panelsStore.set((p) => ({ ...p, right: 'paths' }));
}

export async function findPaths(): Promise<void> {
  const { query } = pathsStore.get();
  if (pathProblem(query)) return;
  pathsStore.set({ query, loading: true, paths: null, shown: null });
  const answer = await reporting('finding paths', () => analysisApi.paths({ ...pathVariables(query), limit: PATHS_ASKED }));
  if (pathsStore.get().query !== query) return;
  pathsStore.set({ query, loading: false, paths: answer?.paths ?? [], shown: null });
}

export function showPath(index: number): void {
  const path = pathsStore.get().paths?.[index];
  if (!path) return;
  changeCanvas(`draw path ${index + 1}`, (g) => mergeSubgraph(g, { ...pathSubgraph(path), truncated: g.truncated }));
  pathsStore.set((p) => ({ ...p, shown: index }));
  highlightStore.set({ ids: pathElementIds(path), reason: `path ${index + 1} (${path.length} step${path.length === 1 ? '' : 's'}, grade ${path.grade ?? 'ungraded'})` });
}
