/** Network metrics of what is on the canvas, asked of the service (networkMetrics at hops 0) when shown. */
import { analysisApi } from '../api/analysis';
import { filtersStore } from '../core/filters/state';
import { graphStore } from '../core/graph/state';
import { measuredIds, metricsKey, metricsShown } from '../core/metrics/actions';
import { metricsStore } from '../core/metrics/state';
import type { ColourBy, SizeBy } from '../core/metrics/types';
import { reporting } from './report';

/** Asks for the canvas's metrics unless those held are of it already (or none are shown). */
export async function refreshMetrics(): Promise<void> {
  const view = metricsStore.get();
  const graph = graphStore.get();
  const filters = filtersStore.get();
  const key = metricsKey(graph, filters);
  if (!metricsShown(view) || view.forKey === key || view.loading) return;
  const ids = measuredIds(graph);
  if (!ids.length) return metricsStore.set({ ...view, values: {}, forKey: key, communityCount: 0, modularity: 0, edgeCount: 0 });
  metricsStore.set({ ...view, loading: true });
  const variables = { ids, limit: ids.length, ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}), ...(filters.minGrade ? { minGrade: filters.minGrade } : {}) };
  const answer = await reporting('measuring the network on the canvas', () => analysisApi.networkMetrics(variables));
  const now = metricsStore.get();
  if (!answer) return metricsStore.set({ ...now, loading: false });
  const m = answer.networkMetrics;
  metricsStore.set({
    ...now,
    loading: false,
    forKey: key,
    values: Object.fromEntries(m.nodes.map((n) => [n.id, { degree: n.degree, betweenness: n.betweenness, community: n.community }])),
    communityCount: m.communityCount,
    modularity: m.modularity,
    edgeCount: m.edgeCount,
  });
  // The canvas may have changed while the service measured it.
  if (metricsKey(graphStore.get(), filtersStore.get()) !== key) void refreshMetrics();
}

export function showMetrics(change: { sizeBy?: SizeBy; colourBy?: ColourBy }): void {
  metricsStore.set((m) => ({ ...m, ...change }));
  void refreshMetrics();
}
