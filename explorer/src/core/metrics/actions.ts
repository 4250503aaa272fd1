/**
 * Network metrics as the canvas draws them: which nodes the service measures (entities and legal
 * provisions, which it accepts as seeds; allegations are not), a size per degree or betweenness,
 * a colour per Louvain community, and the legend.
 */
import type { GraphState } from '../graph/types';
import type { CommunityEntry, MetricsView, NodeMetric } from './types';

/** Twelve colours apart in hue and lightness; communities past the twelfth reuse them (the legend says so). */
export const COMMUNITY_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#b5cf6b'];

export const MIN_SIZE = 22;
export const MAX_SIZE = 70;

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length]!;
}

/** The nodes the service can measure: every node but allegations (not accepted as seeds). */
export function measuredIds(graph: GraphState): string[] {
  return Object.values(graph.nodes)
    .filter((n) => n.kind !== 'ALLEGATION')
    .map((n) => n.id)
    .sort();
}

/** Which canvas the values are of: the measured ids, and the filters they were measured with. */
export function metricsKey(graph: GraphState, filters: { from: string | null; to: string | null; minGrade: string | null }): string {
  return JSON.stringify([measuredIds(graph), filters.from, filters.to, filters.minGrade]);
}

/** Whether the canvas shows metrics at all (otherwise nothing is asked). */
export function metricsShown(view: Pick<MetricsView, 'sizeBy' | 'colourBy'>): boolean {
  return view.sizeBy !== 'none' || view.colourBy === 'community';
}

/** A node's size: its value's square root against the largest, so area follows the value. */
export function nodeSize(value: number, largest: number): number {
  if (largest <= 0) return MIN_SIZE;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, value) / largest));
}

/** Size and colour of each measured node, as the canvas sets them. */
export function decorations(view: MetricsView): Record<string, { size?: number; colour?: string }> {
  if (!view.values) return {};
  const values = Object.entries(view.values);
  const sizeBy = view.sizeBy;
  const largest = sizeBy === 'none' ? 0 : Math.max(0, ...values.map(([, m]) => m[sizeBy]));
  return Object.fromEntries(
    values.map(([id, m]) => [id, { ...(sizeBy === 'none' ? {} : { size: nodeSize(m[sizeBy], largest) }), ...(view.colourBy === 'community' ? { colour: communityColour(m.community) } : {}) }]),
  );
}

/** The communities, largest first, each with its colour and a few members. */
export function communityLegend(values: Record<string, NodeMetric>, labels: Record<string, string>, examples = 3): CommunityEntry[] {
  const groups = new Map<number, [string, NodeMetric][]>();
  for (const [id, m] of Object.entries(values)) groups.set(m.community, [...(groups.get(m.community) ?? []), [id, m]]);
  return [...groups.entries()]
    .map(([community, members]) => ({
      community,
      colour: communityColour(community),
      count: members.length,
      examples: members
        .sort((a, b) => b[1].degree - a[1].degree || a[0].localeCompare(b[0]))
        .slice(0, examples)
        .map(([id]) => labels[id] ?? id),
    }))
    .sort((a, b) => b.count - a.count || a.community - b.community);
}
