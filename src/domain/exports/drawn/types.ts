/**
 * The drawn graph of an export: the subgraph shapes of src/domain/subgraph (so the exports draw exactly
 * what `neighborhood` draws), with the few attributes a file carries besides: a node's own grade
 * (its best citation), its record's labels and protection level, and network metrics.
 */
import type { SubgraphEdge, SubgraphNode } from '../../subgraph';

export interface DrawnNode extends SubgraphNode {
  /** The record's best citation grade ("B2"); null for a record without citations. */
  grade: string | null;
  /** The record's graph labels (Trial → Trial, Event, Entity), as neo4j-admin's :LABEL wants them. */
  labels: readonly string[];
  /** NONE, PSEUDONYM, WITHHOLD for persons (a cleared export still says who is protected); null otherwise. */
  protection: string | null;
}

export type DrawnEdge = SubgraphEdge;

/** Network metrics of one node (src/domain/exports/metrics); betweenness null when skipped as too costly. */
export interface NodeMetrics {
  degree: number;
  betweenness: number | null;
  community: number;
}
