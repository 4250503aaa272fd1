import { mergeSubgraph, newNodeCount, nodeIds, pinNodes, removeEdges, removeNodes, unpinNodes } from './actions';
import { emptyGraph } from './state';
import type { GraphEdgeData, GraphNodeData, Subgraph } from './types';

const node = (id: string, kind: GraphNodeData['kind'] = 'PERSON'): GraphNodeData => ({ id, kind, label: id, shortLabel: null, category: null, startDate: null, endDate: null, pseudonymised: false });
const edge = (source: string, target: string): GraphEdgeData => ({
  id: `${source}>${target}`,
  source,
  target,
  type: 'PARTICIPATION',
  label: 'VICTIM',
  factId: `part:${source}`,
  startDate: null,
  endDate: null,
  grade: 'C3',
});
const subgraph = (nodes: GraphNodeData[], edges: GraphEdgeData[], truncated = false): Subgraph => ({ nodes, edges, truncated });

describe('graph state', () => {
  const drawn = mergeSubgraph(emptyGraph, subgraph([node('a'), node('e', 'EVENT')], [edge('a', 'e')]));

  it('merges subgraphs, keeping what is drawn', () => {
    const more = mergeSubgraph(drawn, subgraph([node('e', 'EVENT'), node('b')], [edge('b', 'e')], true));
    expect(nodeIds(more).sort()).toEqual(['a', 'b', 'e']);
    expect(Object.keys(more.edges).sort()).toEqual(['a>e', 'b>e']);
    expect(more.truncated).toBe(true);
  });

  it('draws no edge to a node that is not drawn', () => {
    expect(Object.keys(mergeSubgraph(emptyGraph, subgraph([node('a')], [edge('a', 'x')])).edges)).toEqual([]);
  });

  it('removes nodes with their edges and pins', () => {
    const pinned = pinNodes(drawn, { a: { x: 1, y: 2 }, nowhere: { x: 0, y: 0 } });
    expect(pinned.pinned).toEqual({ a: { x: 1, y: 2 } });
    const removed = removeNodes(pinned, ['a']);
    expect(nodeIds(removed)).toEqual(['e']);
    expect(removed.edges).toEqual({});
    expect(removed.pinned).toEqual({});
  });

  it('removes edges alone, unpins', () => {
    expect(removeEdges(drawn, ['a>e']).edges).toEqual({});
    expect(unpinNodes(pinNodes(drawn, { a: { x: 1, y: 1 } }), ['a']).pinned).toEqual({});
  });

  it('counts what an expansion adds', () => {
    expect(newNodeCount(drawn, subgraph([node('a'), node('c'), node('d')], []))).toBe(2);
  });

  it('stays plain data', () => {
    expect(JSON.parse(JSON.stringify(drawn))).toEqual(drawn);
  });
});
