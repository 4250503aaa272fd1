/**
 * The attribute columns every graph format writes, declared once with their types, so that
 * GraphML's <key>s, the neo4j-admin CSV headers, Cytoscape's data and GEXF's attributes agree.
 * Metric columns are added only when metrics are computed.
 */
import type { DrawnEdge, DrawnNode, NodeMetrics } from '../drawn/types';

export type AttributeType = 'string' | 'boolean' | 'int' | 'double';
export type AttributeValue = string | number | boolean | null;

export interface Column<T> {
  name: string;
  type: AttributeType;
  value: (item: T) => AttributeValue;
}

export type MetricNode = DrawnNode & { metrics?: NodeMetrics };

export const NODE_COLUMNS: readonly Column<MetricNode>[] = [
  { name: 'label', type: 'string', value: (n) => n.label },
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'recordType', type: 'string', value: (n) => n.recordType },
  { name: 'shortLabel', type: 'string', value: (n) => n.shortLabel },
  { name: 'category', type: 'string', value: (n) => n.category },
  { name: 'startDate', type: 'string', value: (n) => n.startDate },
  { name: 'endDate', type: 'string', value: (n) => n.endDate },
  { name: 'grade', type: 'string', value: (n) => n.grade },
  { name: 'protection', type: 'string', value: (n) => n.protection },
  { name: 'pseudonymised', type: 'boolean', value: (n) => n.pseudonymised },
];

export const METRIC_COLUMNS: readonly Column<MetricNode>[] = [
  { name: 'degree', type: 'int', value: (n) => n.metrics?.degree ?? null },
  { name: 'betweenness', type: 'double', value: (n) => n.metrics?.betweenness ?? null },
  { name: 'community', type: 'int', value: (n) => n.metrics?.community ?? null },
];

export const EDGE_COLUMNS: readonly Column<DrawnEdge>[] = [
  { name: 'type', type: 'string', value: (e) => e.type },
  /** Role, classification, relation or liability mode. */
  { name: 'label', type: 'string', value: (e) => e.label },
  { name: 'factId', type: 'string', value: (e) => e.factId },
  { name: 'factType', type: 'string', value: (e) => e.factType },
  { name: 'startDate', type: 'string', value: (e) => e.startDate },
  { name: 'endDate', type: 'string', value: (e) => e.endDate },
  { name: 'grade', type: 'string', value: (e) => e.grade },
];

export function nodeColumns(withMetrics: boolean): readonly Column<MetricNode>[] {
  return withMetrics ? [...NODE_COLUMNS, ...METRIC_COLUMNS] : NODE_COLUMNS;
}

/** An item's non-null attributes, in column order (a stable order: deterministic output). */
export function attributesOf<T>(item: T, columns: readonly Column<T>[]): [Column<T>, Exclude<AttributeValue, null>][] {
  return columns.flatMap((c) => {
    const v = c.value(item);
    return v === null || v === undefined ? [] : [[c, v] as [Column<T>, Exclude<AttributeValue, null>]];
  });
}
