/**
 * networkMetrics against the real Neo4j, on the protection scenario (a pseudonymised witness who
 * commanded a unit, a withheld victim): the metrics are those of the subgraph `neighborhood` draws
 * for the same viewer, deterministic, and an uncleared viewer learns nothing of the protected.
 */
import type { Viewer } from '../../src/entry/graphql/context';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { Database } from '../../src/entry/service/database';
import { PROTECTED_WORDS, PROTECTION_SCENARIO, VICTIM_IDS, WITNESS } from '../fixtures/protection-scenario';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';

const UNCLEARED: Viewer = { id: 'analyst', roles: ['analyst'], cleared: false };
const CLEARED: Viewer = { id: 'cleared', roles: ['analyst'], cleared: true };

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    PROTECTION_SCENARIO.map((record, i) => ({ line: i + 1, record })),
  );
});
afterAll(async () => {
  await db.close();
});

const METRICS = `query($ids: [ID!]!, $hops: Int, $limit: Int, $kinds: [GraphNodeKind!], $minGrade: Grade) {
  networkMetrics(ids: $ids, hops: $hops, limit: $limit, kinds: $kinds, minGrade: $minGrade) {
    nodes { id label kind degree betweenness community }
    edgeCount communityCount modularity truncated
  }
}`;
const NEIGHBORHOOD = `query($ids: [ID!]!, $hops: Int, $limit: Int) {
  neighborhood(ids: $ids, hops: $hops, limit: $limit) { nodes { id } edges { source target } }
}`;

type Metrics = { id: string; label: string; kind: string; degree: number; betweenness: number; community: number };
type Result = { networkMetrics: { nodes: Metrics[]; edgeCount: number; communityCount: number; modularity: number; truncated: boolean } };

const metrics = async (viewer: Viewer, variables: Record<string, unknown> = {}) => {
  const r = await execute<Result>(db.graph, METRICS, { ids: ['org:x-unit'], hops: 2, limit: 100, ...variables }, viewer);
  expect(r.errors).toBeUndefined();
  return r.data!.networkMetrics;
};

test('the metrics of the subgraph neighborhood draws: same nodes, degrees from its edges', async () => {
  const m = await metrics(UNCLEARED);
  const n = await execute<{ neighborhood: { nodes: { id: string }[]; edges: { source: string; target: string }[] } }>(db.graph, NEIGHBORHOOD, { ids: ['org:x-unit'], hops: 2, limit: 100 }, UNCLEARED);
  const hood = n.data!.neighborhood;
  expect(m.nodes.map((x) => x.id)).toEqual(hood.nodes.map((x) => x.id));
  expect(m.edgeCount).toBe(hood.edges.length);
  for (const node of m.nodes) {
    expect(node.degree).toBe(hood.edges.filter((e) => e.source === node.id).length + hood.edges.filter((e) => e.target === node.id).length);
    expect(node.betweenness).toBeGreaterThanOrEqual(0);
    expect(node.betweenness).toBeLessThanOrEqual(1);
    expect(node.community).toBeLessThan(m.communityCount);
  }
  expect(m.communityCount).toBeGreaterThan(0);
  expect(m.truncated).toBe(false);
  // The unit links the rest: it lies on more shortest paths than anyone else.
  const top = [...m.nodes].sort((a, b) => b.betweenness - a.betweenness)[0]!;
  expect(top.id).toBe('org:x-unit');
});

test('deterministic: the same query gives the same communities and numbers', async () => {
  expect(await metrics(UNCLEARED)).toEqual(await metrics(UNCLEARED));
});

test('an uncleared viewer sees the witness under the pseudonym and nothing of the withheld victim', async () => {
  const m = await metrics(UNCLEARED);
  const text = JSON.stringify(m).toLowerCase();
  for (const word of PROTECTED_WORDS) expect(text).not.toContain(word);
  for (const id of VICTIM_IDS) expect(text).not.toContain(id);
  expect(m.nodes.find((x) => x.id === WITNESS.id)).toMatchObject({ label: WITNESS.pseudonym, kind: 'PERSON' });
  // For a cleared viewer the victim is in the graph and changes the unit's degree.
  const cleared = await metrics(CLEARED);
  expect(cleared.nodes.find((x) => x.id === WITNESS.id)!.label).toBe(WITNESS.name);
  expect(cleared.nodes.some((x) => x.id === 'person:x-v1')).toBe(true);
  const unit = (r: Result['networkMetrics']) => r.nodes.find((x) => x.id === 'org:x-unit')!.degree;
  expect(unit(cleared)).toBeGreaterThan(unit(m));
});

test('filters and limits as neighborhood: kinds, minimum grade, LIMIT_EXCEEDED', async () => {
  const orgs = await metrics(UNCLEARED, { kinds: ['ORGANIZATION'] });
  expect(orgs.nodes.every((x) => x.kind === 'ORGANIZATION')).toBe(true);
  const strong = await metrics(UNCLEARED, { minGrade: 'B1' });
  expect(strong.edgeCount).toBeLessThan((await metrics(UNCLEARED)).edgeCount);
  const tooMany = await execute(db.graph, METRICS, { ids: ['org:x-unit'], limit: 5001 }, UNCLEARED);
  expect(tooMany.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  const unknown = await execute(db.graph, METRICS, { ids: ['person:x-v1'] }, UNCLEARED);
  expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
