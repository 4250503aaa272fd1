/**
 * Network metrics on a graph whose answer is known: two 4-cliques joined by one bridge. Betweenness
 * is compared with networkx's (normalised, undirected); Louvain must find the two cliques, the same
 * way on every run.
 */
import { computeMetrics, type MetricsEdge } from '../../src/domain/exports/metrics';
import { networkxBetweenness } from '../support/networkx';

const A = ['a1', 'a2', 'a3', 'a4'];
const B = ['b1', 'b2', 'b3', 'b4'];
const clique = (ids: string[]): MetricsEdge[] => ids.flatMap((s, i) => ids.slice(i + 1).map((t) => ({ source: s, target: t })));
const NODES = [...A, ...B];
const EDGES: MetricsEdge[] = [...clique(A), ...clique(B), { source: 'a1', target: 'b1' }];

test('two cliques joined by a bridge: two communities, the bridge ends carry the betweenness', () => {
  const m = computeMetrics(NODES, EDGES);
  expect(m.communityCount).toBe(2);
  const community = (id: string) => m.nodes.get(id)!.community;
  for (const id of A) expect(community(id)).toBe(community('a1'));
  for (const id of B) expect(community(id)).toBe(community('b1'));
  expect(community('a1')).not.toBe(community('b1'));
  // Numbered by first appearance: the first node's community is 0.
  expect(community('a1')).toBe(0);
  expect(m.modularity).toBeCloseTo(0.4231, 3);

  expect(m.nodes.get('a1')!.degree).toBe(4);
  expect(m.nodes.get('a2')!.degree).toBe(3);
  const expected = networkxBetweenness(
    NODES,
    EDGES.map((e) => [e.source, e.target]),
  );
  for (const id of NODES) expect(m.nodes.get(id)!.betweenness).toBeCloseTo(expected[id]!, 10);
  expect(m.nodes.get('a1')!.betweenness).toBeCloseTo(12 / 21, 10); // the 3 × 4 pairs across the bridge, over (n−1)(n−2)/2 = 21;
  expect(m.nodes.get('a2')!.betweenness).toBe(0);
});

test('deterministic whatever the run: the same communities and numbers', () => {
  const runs = Array.from({ length: 5 }, () => [...computeMetrics(NODES, EDGES).nodes.entries()]);
  for (const run of runs) expect(run).toEqual(runs[0]);
});

test('direction and parallel edges: degree counts every drawn edge, paths and communities do not change', () => {
  const reversed = EDGES.map((e) => ({ source: e.target, target: e.source }));
  const doubled = [...EDGES, { source: 'a1', target: 'b1' }, { source: 'a2', target: 'a2' }];
  const base = computeMetrics(NODES, EDGES);
  const rev = computeMetrics(NODES, reversed);
  const dbl = computeMetrics(NODES, doubled);
  for (const id of NODES) {
    expect(rev.nodes.get(id)!.betweenness).toBeCloseTo(base.nodes.get(id)!.betweenness!, 12);
    expect(dbl.nodes.get(id)!.betweenness).toBeCloseTo(base.nodes.get(id)!.betweenness!, 12);
  }
  expect(dbl.nodes.get('a1')!.degree).toBe(5);
  expect(dbl.nodes.get('a2')!.degree).toBe(5); // a self-loop counts twice, as in networkx
  expect(dbl.communityCount).toBe(2);
});

test('past the node bound, betweenness is skipped and the note says so', () => {
  const m = computeMetrics(NODES, EDGES, { betweennessMaxNodes: 5 });
  expect(m.nodes.get('a1')!.betweenness).toBeNull();
  expect(m.notes).toEqual([expect.stringMatching(/betweenness not computed: 8 nodes is more than 5/)]);
  expect(m.communityCount).toBe(2);
});

test('an isolated node and an empty graph', () => {
  const m = computeMetrics(['x', ...NODES], EDGES);
  expect(m.nodes.get('x')).toEqual({ degree: 0, betweenness: 0, community: 0 });
  expect(m.communityCount).toBe(3);
  const empty = computeMetrics([], []);
  expect(empty).toMatchObject({ communityCount: 0, modularity: 0 });
});
