/** Network metrics on the canvas: what sizes and colours the nodes, and the service's values. */
export type SizeBy = 'none' | 'degree' | 'betweenness';
export type ColourBy = 'kind' | 'community';

export interface NodeMetric {
  degree: number;
  betweenness: number;
  community: number;
}

export interface MetricsView {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** The service's values for the canvas `forKey` names; null until asked. */
  values: Record<string, NodeMetric> | null;
  forKey: string | null;
  communityCount: number;
  modularity: number;
  edgeCount: number;
  loading: boolean;
}

export interface CommunityEntry {
  community: number;
  colour: string;
  count: number;
  /** A few members' labels, the best connected first. */
  examples: string[];
}
