/**
 * neighborCounts and neighborhood's linkTypes against the real Neo4j: the counts are what
 * expanding by each link type draws, and together what a one-hop neighbourhood draws, with the same
 * date window, minimum grade and protection; on the protection scenario (a pseudonymised witness,
 * a withheld victim) for viewers with and without clearance, then on the seed dataset.
 */
import type { Viewer } from '../../src/entry/graphql/context';
import { loadRecords } from '../../src/domain/writes/load-records';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { EDGE_TYPES, type EdgeType } from '../../src/domain/subgraph';
import { PROTECTION_SCENARIO, VICTIM, WITNESS } from '../fixtures/protection-scenario';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';

const UNCLEARED: Viewer = { id: 'analyst', roles: ['analyst'], cleared: false };
const CLEARED: Viewer = { id: 'cleared', roles: ['analyst'], cleared: true };

const COUNTS = `query($id: ID!, $from: Date, $to: Date, $minGrade: Grade) {
  neighborCounts(id: $id, from: $from, to: $to, minGrade: $minGrade) { type kind count } }`;
const NEIGHBORHOOD = `query($ids: [ID!]!, $hops: Int, $linkTypes: [GraphEdgeType!], $from: Date, $to: Date, $minGrade: Grade) {
  neighborhood(ids: $ids, hops: $hops, linkTypes: $linkTypes, from: $from, to: $to, minGrade: $minGrade, limit: 5000) {
    truncated nodes { id kind label } edges { id source target type } } }`;

interface Count {
  type: string;
  kind: string;
  count: number;
}
interface Drawn {
  truncated: boolean;
  nodes: { id: string; kind: string; label: string }[];
  edges: { id: string; source: string; target: string; type: string }[];
}
type Filters = { from?: string; to?: string; minGrade?: string };

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    PROTECTION_SCENARIO.map((record, i) => ({ line: i + 1, record })),
  );
});
afterAll(() => db.close());

async function counts(id: string, viewer: Viewer, filters: Filters = {}): Promise<Count[]> {
  const r = await execute<{ neighborCounts: Count[] }>(db.graph, COUNTS, { id, ...filters }, viewer);
  expect(r.errors).toBeUndefined();
  return r.data!.neighborCounts;
}

async function neighborhood(ids: string[], viewer: Viewer, variables: Filters & { hops?: number; linkTypes?: EdgeType[] } = {}): Promise<Drawn> {
  const r = await execute<{ neighborhood: Drawn }>(db.graph, NEIGHBORHOOD, { ids, ...variables }, viewer);
  expect(r.errors).toBeUndefined();
  return r.data!.neighborhood;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

/**
 * The counts as the neighbourhood draws them: one expansion per link type, its nodes besides the
 * entity grouped by kind, in the documented order; and every node of the one-hop neighbourhood
 * reached by some type.
 */
async function expectCountsAsDrawn(id: string, viewer: Viewer, filters: Filters = {}): Promise<Count[]> {
  const expected: Count[] = [];
  const reached = new Set<string>();
  for (const type of EDGE_TYPES) {
    const drawn = await neighborhood([id], viewer, { ...filters, hops: 1, linkTypes: [type] });
    expect(drawn.truncated).toBe(false);
    const byKind = new Map<string, number>();
    for (const n of drawn.nodes.filter((node) => node.id !== id)) {
      byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
      reached.add(n.id);
    }
    for (const [kind, count] of byKind) expected.push({ type, kind, count });
  }
  const kindOrder = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'TRIAL', 'LEGAL_PROVISION', 'ALLEGATION'];
  expected.sort((a, b) => b.count - a.count || EDGE_TYPES.indexOf(a.type as EdgeType) - EDGE_TYPES.indexOf(b.type as EdgeType) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  const actual = await counts(id, viewer, filters);
  expect(actual).toEqual(expected);
  const whole = await neighborhood([id], viewer, { ...filters, hops: 1 });
  expect(sorted(reached)).toEqual(sorted(whole.nodes.map((n) => n.id).filter((n) => n !== id)));
  return actual;
}

const ENTITIES = PROTECTION_SCENARIO.filter((r) => ['Person', 'Organization', 'Place', 'Event', 'LegalProvision'].includes(r.type)).map((r) => r.id);

describe('on the protection scenario', () => {
  it.each([UNCLEARED, CLEARED])('every entity: the counts are what the neighbourhood draws ($id)', async (viewer) => {
    for (const id of ENTITIES.filter((e) => viewer.cleared || e !== VICTIM.id)) await expectCountsAsDrawn(id, viewer);
  });

  it.each([UNCLEARED, CLEARED])('with a date window and a minimum grade ($id)', async (viewer) => {
    for (const id of ['org:x-unit', 'event:x-raid', 'event:x-detention', WITNESS.id]) {
      await expectCountsAsDrawn(id, viewer, { from: '2020-08-11', to: '2021' });
      await expectCountsAsDrawn(id, viewer, { minGrade: 'B1' });
    }
  });

  it('the raid: the withheld victim is not counted without clearance, the pseudonymised witness is', async () => {
    const uncleared = await counts('event:x-raid', UNCLEARED);
    expect(uncleared).toEqual([
      { type: 'EVENTS', kind: 'ALLEGATION', count: 2 },
      { type: 'PARTICIPATION', kind: 'PERSON', count: 1 },
      { type: 'PARTICIPATION', kind: 'ORGANIZATION', count: 1 },
      { type: 'EVENT_LINK', kind: 'EVENT', count: 1 },
      { type: 'EVENTS', kind: 'PERSON', count: 1 },
      { type: 'EVENTS', kind: 'ORGANIZATION', count: 1 },
      { type: 'EVENTS', kind: 'LEGAL_PROVISION', count: 1 },
      { type: 'PLACE', kind: 'PLACE', count: 1 },
    ]);
    const cleared = await counts('event:x-raid', CLEARED);
    expect(cleared[0]).toEqual({ type: 'PARTICIPATION', kind: 'PERSON', count: 2 });
    expect(cleared).toContainEqual({ type: 'EVENTS', kind: 'ALLEGATION', count: 2 });
  });

  it('the ngo: its only member is the withheld victim', async () => {
    expect(await counts('org:x-ngo', UNCLEARED)).toEqual([]);
    expect(await counts('org:x-ngo', CLEARED)).toEqual([{ type: 'POSTING', kind: 'PERSON', count: 1 }]);
  });

  it('a withheld person, an unknown id and a fact get [] alike; a bad window is BAD_USER_INPUT', async () => {
    expect(await counts(VICTIM.id, UNCLEARED)).toEqual([]);
    expect(await counts('person:x-nobody', UNCLEARED)).toEqual([]);
    expect(await counts('part:x-unit-raid', CLEARED)).toEqual([]);
    expect(await counts('src:x-report', CLEARED)).toEqual([]);
    expect((await counts(VICTIM.id, CLEARED)).length).toBeGreaterThan(0);
    const bad = await execute(db.graph, COUNTS, { id: 'org:x-unit', from: '2022', to: '2021' }, CLEARED);
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('costs one round trip', async () => {
    const r = await execute(db.graph, COUNTS, { id: 'org:x-unit' }, CLEARED);
    expect(r.roundTrips).toBe(1);
  });
});

describe('neighborhood by link type', () => {
  it('follows only links of the types asked for', async () => {
    const postings = await neighborhood(['org:x-unit'], UNCLEARED, { linkTypes: ['POSTING'] });
    expect(sorted(postings.nodes.map((n) => n.id))).toEqual(['org:x-unit', 'person:x-officer', WITNESS.id]);
    expect(new Set(postings.edges.map((e) => e.type))).toEqual(new Set(['POSTING']));
    expect(postings.nodes.find((n) => n.id === WITNESS.id)!.label).toBe(WITNESS.pseudonym);
    const cleared = await neighborhood(['org:x-unit'], CLEARED, { linkTypes: ['POSTING'] });
    expect(sorted(cleared.nodes.map((n) => n.id))).toEqual(['org:x-unit', 'person:x-officer', VICTIM.id, WITNESS.id]);
  });

  it('an allegation reached by its link to the entity comes with all its parties', async () => {
    const r = await neighborhood(['event:x-raid'], UNCLEARED, { linkTypes: ['EVENTS'] });
    expect(sorted(r.nodes.map((n) => n.id))).toEqual(['alg:x-unit', 'alg:x-w1', 'event:x-raid', 'lp:rome-28-a', 'org:x-unit', WITNESS.id]);
    expect(sorted(new Set(r.edges.map((e) => e.type)))).toEqual(['ACCUSED', 'EVENTS', 'PROVISION']);
    // From the raid, the allegations are not reached by ACCUSED or PROVISION links.
    expect((await neighborhood(['event:x-raid'], UNCLEARED, { linkTypes: ['ACCUSED', 'PROVISION'] })).nodes.map((n) => n.id)).toEqual(['event:x-raid']);
  });

  it('several types, over several hops; an empty list follows none; ALLEGATION matches no link', async () => {
    const chain = await neighborhood(['org:x-ministry'], UNCLEARED, { hops: 2, linkTypes: ['SUBORDINATION', 'POSTING'] });
    expect(sorted(chain.nodes.map((n) => n.id))).toEqual(['org:x-ministry', 'org:x-unit', 'person:x-chief', 'person:x-officer', WITNESS.id]);
    expect(sorted(new Set(chain.edges.map((e) => e.type)))).toEqual(['POSTING', 'SUBORDINATION']);
    expect((await neighborhood(['org:x-unit'], UNCLEARED, { linkTypes: [] })).nodes.map((n) => n.id)).toEqual(['org:x-unit']);
    expect((await neighborhood(['org:x-unit'], UNCLEARED, { linkTypes: ['ALLEGATION'] })).nodes.map((n) => n.id)).toEqual(['org:x-unit']);
  });

  it('networkMetrics takes the same link types: the metrics of the same subgraph', async () => {
    const query = `{ networkMetrics(ids: ["org:x-unit"], hops: 2, linkTypes: [POSTING, PARTICIPATION]) { edgeCount nodes { id } } }`;
    const m = await execute<{ networkMetrics: { edgeCount: number; nodes: { id: string }[] } }>(db.graph, query, {}, UNCLEARED);
    expect(m.errors).toBeUndefined();
    const drawn = await neighborhood(['org:x-unit'], UNCLEARED, { hops: 2, linkTypes: ['POSTING', 'PARTICIPATION'] });
    expect(m.data!.networkMetrics.nodes.map((n) => n.id)).toEqual(drawn.nodes.map((n) => n.id));
    expect(m.data!.networkMetrics.edgeCount).toBe(drawn.edges.length);
  });
});

describe('on the seed dataset', () => {
  let entities: string[];
  beforeAll(async () => {
    await clearGraph(db);
    await loadSeed(db.graph);
    const rows = await db.graph.runText<{ id: string }>('MATCH (n:Record) WHERE n:Entity OR n:LegalProvision RETURN n.id AS id ORDER BY id');
    entities = rows.map((r) => r.id);
  });

  it('hubs, by every link type, with and without filters', async () => {
    for (const id of ['org:kgb', 'event:2025-09-11-passport-seizures', 'person:aliaksandr-lukashenka', 'lp:rome-7-1-d', 'place:minsk']) {
      await expectCountsAsDrawn(id, UNCLEARED);
      await expectCountsAsDrawn(id, UNCLEARED, { minGrade: 'C3', from: '2025' });
    }
  });

  it('every entity, by every link type', async () => {
    expect(entities.length).toBeGreaterThan(200);
    for (const id of entities) await expectCountsAsDrawn(id, UNCLEARED);
  }, 300_000);

  it('the passport seizures on evidence graded C3 or better, as docs/api.md shows them', async () => {
    expect(await counts('event:2025-09-11-passport-seizures', UNCLEARED, { minGrade: 'C3' })).toEqual([
      { type: 'PARTICIPATION', kind: 'ORGANIZATION', count: 2 },
      { type: 'EVENT_LINK', kind: 'EVENT', count: 2 },
      { type: 'PARTICIPATION', kind: 'PERSON', count: 1 },
      { type: 'EVENTS', kind: 'ORGANIZATION', count: 1 },
      { type: 'EVENTS', kind: 'EVENT', count: 1 },
      { type: 'EVENTS', kind: 'LEGAL_PROVISION', count: 1 },
      { type: 'EVENTS', kind: 'ALLEGATION', count: 1 },
    ]);
  });
});
