/** The view saved and restored as JSON; anything that does not look like a saved view is ignored. */
import { defaultFilters } from '../filters/state';
import { emptyGraph } from '../graph/state';
import { LAYOUTS } from './state';
import type { LayoutName, ViewState } from './types';

export function serialiseView(view: Omit<ViewState, 'version'>): string {
  return JSON.stringify({ version: 1, ...view } satisfies ViewState);
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function restoreView(json: string | null): ViewState | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.graph) || !isRecord(value.filters)) return null;
  const graph = value.graph;
  if (!isRecord(graph.nodes) || !isRecord(graph.edges)) return null;
  const layout = LAYOUTS.some((l) => l.name === value.layout) ? (value.layout as LayoutName) : 'fcose';
  const selection =
    isRecord(value.selection) && (value.selection.kind === 'node' || value.selection.kind === 'edge') && typeof value.selection.id === 'string' ? (value.selection as ViewState['selection']) : null;
  return {
    version: 1,
    graph: { ...emptyGraph, ...(graph as Partial<ViewState['graph']>), pinned: isRecord(graph.pinned) ? (graph.pinned as ViewState['graph']['pinned']) : {} },
    filters: { ...defaultFilters, ...(value.filters as Partial<ViewState['filters']>) },
    layout,
    selection,
  };
}
