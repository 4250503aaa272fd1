/**
 * An event page read with only the properties its selection shows (src/entry/graphql/projection):
 * the database sends each projected record as the list of its values, the answer is the one whole
 * records give, and the partial records never reach the request's loaders, which other fields read
 * whole.
 */
import { createContext } from '../../src/entry/graphql/context';
import type { Database } from '../../src/entry/service/database';
import { API_SCENARIO } from '../fixtures/api-scenario';
import { execute, executeWith, TEST_VIEWER } from '../support/execute';
import { openScenarioDatabase, silentLogger } from '../support/service';

let db: Database;
const q = <T = any>(query: string, variables: Record<string, unknown> = {}) => execute<T>(db.graph, query, variables);

beforeAll(async () => {
  db = await openScenarioDatabase(API_SCENARIO);
});
afterAll(() => db.close());

const NO_FILTER = { types: null, from: null, to: null, organizationId: null, personId: null, country: null, trials: null, inAbsentia: null, targetedGroup: null };
const FIRST_PAGE = { cleared: false, afterKey: null, afterId: null, fetch: 3 };

describe('an event list given a projection', () => {
  it('sends the records of the types it names as their values under its keys, in order, and the others whole', async () => {
    const projection = { Event: ['recordType', 'id', 'title', 'victimCount'], Person: ['recordType', 'id', 'name'] };
    const rows = await db.graph.read<{ node: unknown; facts: { fact: unknown; linked: unknown[] }[] }>('lists/events/page', { ...NO_FILTER, ...FIRST_PAGE, withParticipants: true, projection });
    expect(rows[0]!.node).toEqual(['Event', 'event:t-raid-1', 'Raid number 1', null]);
    const victim = rows[0]!.facts.find((f) => (f.fact as { role: string }).role === 'VICTIM')!;
    expect(victim.fact).toEqual(expect.objectContaining({ recordType: 'Participation', id: 'part:t-raid-1-victim', _hash: expect.any(String) }));
    expect(victim.linked).toEqual([['Person', 'person:t-victim', 'Vera Victim']]);
  });
});

describe('an event page with its participants', () => {
  const PAGE = `{ events(first: 20) { edges { node { id title startDate participants(roles: [VICTIM, DEFENDANT]) { id role side actor { ... on Person { id name citizenship } ... on Organization { id name } } } } } } }`;

  it('answers as each event asked alone, through the loaders and whole records', async () => {
    const page = await q(PAGE);
    expect(page.errors).toBeUndefined();
    const edges = page.data!.events.edges as { node: { id: string } }[];
    expect(edges.length).toBeGreaterThan(8);
    for (const { node } of edges) {
      const alone = await q(
        `query($id: ID!) { event(id: $id) { id title startDate participants(roles: [VICTIM, DEFENDANT]) { id role side actor { ... on Person { id name citizenship } ... on Organization { id name } } } } }`,
        { id: node.id },
      );
      expect(node).toEqual(alone.data!.event);
    }
    expect(JSON.stringify(page.data)).toContain('"citizenship":["BY"]');
  });

  it("answers a trial's details beside it, whose fields read the trial whole", async () => {
    const r = await q(`{ events(filter: { trials: true }) { edges { node { id participants { role } trial { caseNumber court { name } defendants { actor { ... on Person { name } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.events.edges).toEqual([
      {
        node: {
          id: 'trial:t-victim',
          participants: [{ role: 'DEFENDANT' }, { role: 'PRESIDED' }],
          trial: { caseNumber: '1-23/2022', court: { name: expect.any(String) }, defendants: [{ actor: { name: 'Vera Victim' } }] },
        },
      },
    ]);
  });

  it("leaves the request's loaders to whole records: another field asking for the same person gets all of them", async () => {
    const ctx = createContext(db.graph, silentLogger, TEST_VIEWER);
    const r = await executeWith(ctx, '{ events(first: 3) { edges { node { id participants { actor { ... on Person { id name } } } } } } }');
    expect(r.errors).toBeUndefined();
    expect(JSON.stringify(r.data)).toContain('person:t-victim');
    expect(await ctx.loaders.node.load('person:t-victim')).toEqual(expect.objectContaining({ name: 'Vera Victim', citizenship: ['BY'] }));
    expect(ctx.loaders.factsPrimed('EVENT', 'event:t-raid-1')).toBe(false);
  });
});

describe("a person's postings with the organisations above, read ahead", () => {
  const CLIMB = `query($at: Date!) { person(id: "person:t-alpha") { postings { id organization { id name
    parents(at: $at, classification: COMMAND) { id validity(at: $at) parent { id name kind parents { id classification parent { id shortName } } } } } } } }`;

  // Filtered on what it does not show: the filters' own properties are read all the same.
  const FILTERED = `query($at: Date!) { person(id: "person:t-alpha") { postings { organization {
    parents(at: $at, classification: COMMAND) { id parent { id parents(at: $at) { id parent { id } } } } } } } }`;

  it.each([
    ['2018', CLIMB],
    ['2019-06', CLIMB],
    ['2024', CLIMB],
    ['2018', FILTERED],
    ['2024', FILTERED],
  ])('answers as the loaders do level by level, dates and classification filtered (at %s)', async (at, query) => {
    const ahead = await q(query, { at });
    expect(ahead.errors).toBeUndefined();
    const naive = await executeWith(createContext(db.graph, silentLogger, TEST_VIEWER, { batch: false }), query, { at });
    expect(ahead.data).toEqual(naive.data);
    // The person with their postings and the ancestry in one query, and the protected persons.
    expect(ahead.roundTrips).toBe(2);
  });

  it('brings the subordinations along with the organisations, leaving the loaders to whole records', async () => {
    const ctx = createContext(db.graph, silentLogger, TEST_VIEWER);
    const r = await executeWith(ctx, CLIMB, { at: '2024' });
    expect(r.data!.person.postings[0].organization.parents).toEqual([
      { id: 'sub:t-unit-ministry', validity: 'CERTAIN', parent: { id: 'org:t-ministry', name: expect.any(String), kind: expect.any(String), parents: expect.any(Array) } },
    ]);
    expect(ctx.loaders.factsPrimed('CHILD', 'org:t-unit')).toBe(false);
    expect(await ctx.loaders.node.load('org:t-ministry')).toEqual(expect.objectContaining({ id: 'org:t-ministry', country: expect.any(String) }));
  });
});
