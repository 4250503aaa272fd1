/**
 * What a drawing's selection shows of its nodes and edges (src/domain/subgraph/drawing-projection.ts
 * reads only that of the records): the fields selected on `GraphNode` and `GraphEdge` anywhere in
 * the operation. A field this table does not know has every record read whole, as do `node` and
 * `fact`, whose records are handed on to the loaders.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { DrawingShows } from '../../../domain/subgraph';
import { fieldsByType } from './operation-fields';

/** What a field shows: an aspect of the drawing, nothing beyond ids, kinds and types, or the records behind it. */
type Shows = keyof DrawingShows | 'nothing more' | 'records';

const SHOWN_BY: Readonly<Record<string, Readonly<Record<string, Shows>>>> = {
  GraphNode: {
    id: 'nothing more',
    kind: 'nothing more',
    label: 'labels',
    shortLabel: 'labels',
    pseudonymised: 'labels',
    category: 'categories',
    startDate: 'dates',
    endDate: 'dates',
    node: 'records',
  },
  GraphEdge: {
    id: 'nothing more',
    source: 'nothing more',
    target: 'nothing more',
    type: 'nothing more',
    factId: 'nothing more',
    grade: 'nothing more',
    citations: 'nothing more',
    label: 'labels',
    startDate: 'dates',
    endDate: 'dates',
    fact: 'records',
  },
};

/** What the operation shows of drawings; undefined: some field needs the records whole. */
export function drawingShows(info: GraphQLResolveInfo): DrawingShows | undefined {
  const selected = fieldsByType(info.schema, info.operation, info.fragments);
  const shows: DrawingShows = { labels: false, categories: false, dates: false };
  for (const [type, table] of Object.entries(SHOWN_BY)) {
    for (const field of selected.get(type) ?? []) {
      const shown = Object.hasOwn(table, field) ? table[field]! : 'records';
      if (shown === 'records') return undefined;
      if (shown !== 'nothing more') shows[shown] = true;
    }
  }
  return shows;
}
