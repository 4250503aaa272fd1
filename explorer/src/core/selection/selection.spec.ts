import { mergeSubgraph } from '../graph/actions';
import { emptyGraph } from '../graph/state';
import { selectionStillDrawn } from './actions';

describe('selection', () => {
  const graph = mergeSubgraph(emptyGraph, {
    nodes: [{ id: 'a', kind: 'PERSON', label: 'A', shortLabel: null, category: null, startDate: null, endDate: null, pseudonymised: false }],
    edges: [],
    truncated: false,
  });
  it('keeps a selection that is drawn, drops one that is not', () => {
    expect(selectionStillDrawn({ kind: 'node', id: 'a' }, graph)).toEqual({ kind: 'node', id: 'a' });
    expect(selectionStillDrawn({ kind: 'node', id: 'b' }, graph)).toBeNull();
    expect(selectionStillDrawn({ kind: 'edge', id: 'a>b' }, graph)).toBeNull();
    expect(selectionStillDrawn(null, graph)).toBeNull();
  });
});
