/**
 * The read API against the real Neo4j: lookups, search, filtered and paginated lists, navigation
 * with dates and roles, citations and contradictions, and the round trips a nested query costs.
 */
import { loadRecords } from '../../src/domain/writes/load-records';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { API_SCENARIO } from '../fixtures/api-scenario';
import { createContext } from '../../src/entry/graphql/context';
import type { Graph, QueryName, RoundTripCounter } from '../../src/storage/db/graph';
import { execute, executeWith, TEST_VIEWER } from '../support/execute';
import { silentLogger } from '../support/service';
import { clearGraph, openScenarioDatabase } from '../support/service';

let db: Database;
const q = <T = any>(query: string, variables: Record<string, unknown> = {}) => execute<T>(db.graph, query, variables);
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  db = await openScenarioDatabase(API_SCENARIO);
});
afterAll(() => db.close());

describe('lookups', () => {
  it('find a record by id, and nothing when the id is of another kind', async () => {
    const r = await q(
      '{ person(id: "person:t-beta") { id name aliases protection } organization(id: "person:t-beta") { id } node(id: "org:t-unit") { __typename ... on Organization { shortName aliases } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      person: { id: 'person:t-beta', name: 'Barys Beta', aliases: ['B. Beta'], protection: 'NONE' },
      organization: null,
      node: { __typename: 'Organization', shortName: null, aliases: ['STU'] },
    });
  });

  it('resolve a trial as an Event with its trial details', async () => {
    const r = await q(`{ event(id: "trial:t-victim") { recordType eventType startDate trial {
      court { id } caseNumber inAbsentia charges verdictDate sentence
      defendants { actor { ... on Person { id } } } judges { actor { ... on Person { id } } } prosecutors { id } } } }`);
    expect(r.data!.event).toEqual({
      recordType: 'Trial',
      eventType: 'TRIAL',
      startDate: '2022-03',
      trial: {
        court: { id: 'org:t-court' },
        caseNumber: '1-23/2022',
        inAbsentia: true,
        charges: ['Criminal Code art. 342'],
        verdictDate: '2022-03-30',
        sentence: '3 years',
        defendants: [{ actor: { id: 'person:t-victim' } }],
        judges: [{ actor: { id: 'person:t-judge' } }],
        prosecutors: [],
      },
    });
  });
});

describe('search', () => {
  it('ranks matches and says what kind each is', async () => {
    const r = await q('{ search(query: "beta") { kind score node { id } } }');
    expect(r.data!.search[0]).toEqual(expect.objectContaining({ kind: 'PERSON', node: { id: 'person:t-beta' } }));
    expect(r.data!.search[0].score).toBeGreaterThan(0);
  });

  it('matches aliases and titles, and filters by kind', async () => {
    const alias = await q('{ search(query: "STU") { node { id } } }');
    expect(alias.data!.search.map((h: any) => h.node.id)).toEqual(['org:t-unit']);
    const trials = await q('{ search(query: "victim", kinds: [TRIAL]) { kind node { id } } }');
    expect(trials.data!.search).toEqual([{ kind: 'TRIAL', node: { id: 'trial:t-victim' } }]);
  });

  it('explains bad search syntax and empty queries', async () => {
    const bad = await q('{ search(query: "beta AND (") { node { id } } }');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toMatch(/^query: is not valid search syntax/);
    expect(codeOf(await q('{ search(query: "  ") { node { id } } }'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await q('{ search(query: "beta", first: 1000) { node { id } } }'))).toBe('LIMIT_EXCEEDED');
  });
});

describe('lists', () => {
  const ids = (conn: any) => conn.edges.map((e: any) => e.node.id);

  it('list events in date order, undated last, with totalCount', async () => {
    const r = await q('{ events(first: 50) { totalCount edges { node { id } } pageInfo { hasNextPage } } }');
    const list = ids(r.data!.events);
    expect(r.data!.events.totalCount).toBe(10);
    expect(list.slice(0, 3)).toEqual(['event:t-raid-1', 'event:t-raid-1-alt', 'event:t-raid-2']);
    expect(list.at(-1)).toBe('event:t-undated');
    expect(r.data!.events.pageInfo.hasNextPage).toBe(false);
  });

  it('page with cursors without skipping or repeating', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r: any = await q('query($after: String) { events(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      seen.push(...ids(r.data.events));
      if (!r.data.events.pageInfo.hasNextPage) break;
      after = r.data.events.pageInfo.endCursor;
    }
    const all = ids((await q('{ events(first: 50) { edges { node { id } } } }')).data!.events);
    expect(seen).toEqual(all);
  });

  it('filter by type, date range, organisation, country, trial and in-absentia', async () => {
    const filtered = async (filter: Record<string, unknown>) => ids((await q('query($f: EventFilter) { events(filter: $f) { edges { node { id } } } }', { f: filter })).data!.events);
    expect(await filtered({ types: ['THREAT'] })).toEqual(['event:t-undated']);
    expect(await filtered({ types: ['RAID'], from: '2021-03', to: '2021-04' })).toEqual(['event:t-raid-3', 'event:t-raid-4']);
    expect(await filtered({ organizationId: 'org:t-unit', country: 'LT' })).toEqual(['event:t-raid-2', 'event:t-raid-4', 'event:t-raid-6']);
    expect(await filtered({ inAbsentia: true })).toEqual(['trial:t-victim']);
    expect(await filtered({ trials: true })).toEqual(['trial:t-victim']);
    expect(await filtered({ personId: 'person:t-judge' })).toEqual(['trial:t-victim']);
    expect(await filtered({ targetedGroup: 'Lawyers', from: '2021-07' })).toEqual(['event:t-raid-7']);
  });

  it('filter persons by organisation at a date, and organisations by kind', async () => {
    const persons = async (filter: Record<string, unknown>) => ids((await q('query($f: PersonFilter) { persons(filter: $f) { edges { node { id } } } }', { f: filter })).data!.persons);
    expect(await persons({ organizationId: 'org:t-unit', at: '2021-03-01' })).toEqual(['person:t-alpha']);
    expect(await persons({ organizationId: 'org:t-unit', at: '2021-05-01' })).toEqual(['person:t-beta']);
    expect(await persons({ organizationId: 'org:t-unit', at: '2021-04' })).toEqual(['person:t-alpha', 'person:t-beta']);
    expect(await persons({ side: 'VICTIM' })).toEqual(['person:t-victim']);
    const orgs = await q('{ organizations(filter: { kinds: [COURT, MINISTRY] }) { totalCount edges { node { id } } } }');
    expect(ids(orgs.data!.organizations)).toEqual(['org:t-ministry', 'org:t-court']);
  });

  it('reject bad cursors and oversized pages with codes', async () => {
    const bad = await q('{ events(after: "nonsense") { totalCount } }');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toBe('after: is not a cursor this list returned');
    const big = await q('{ events(first: 5000) { totalCount } }');
    expect(codeOf(big)).toBe('LIMIT_EXCEEDED');
    // A bad literal fails GraphQL validation; the same value in a variable is bad user input. Both explain.
    const literal = await q('{ events(filter: { from: "2021-13" }) { totalCount } }');
    expect(codeOf(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors![0]!.message).toMatch(/"2021-13" has month 13: months run 01 to 12/);
    const variable = await q('query($f: EventFilter) { events(filter: $f) { totalCount } }', { f: { from: '2021-13' } });
    expect(codeOf(variable)).toBe('BAD_USER_INPUT');
    expect(variable.errors![0]!.message).toMatch(/"2021-13" has month 13/);
  });
});

describe('navigation', () => {
  it('follows a unit to its commanders at a date (the April 2021 replacement)', async () => {
    const r = await q(`{ organization(id: "org:t-unit") {
      parents { classification parent { id } }
      march: members(at: "2021-03-01", roles: [COMMANDER]) { person { id } }
      may: members(at: "2021-05-01") { person { id } validity(at: "2021-05-01") }
    } }`);
    expect(r.data!.organization).toEqual({
      parents: [{ classification: 'COMMAND', parent: { id: 'org:t-ministry' } }],
      march: [{ person: { id: 'person:t-alpha' } }],
      may: [{ person: { id: 'person:t-beta' }, validity: 'CERTAIN' }],
    });
    const children = await q('{ organization(id: "org:t-ministry") { children(at: "2018") { id } later: children(at: "2020") { id validity(at: "2019-06") } } }');
    expect(children.data!.organization).toEqual({ children: [], later: [{ id: 'sub:t-unit-ministry', validity: 'POSSIBLE' }] });
  });

  it("lists an event's participants by role and side, with graded citations", async () => {
    const r = await q(`{ event(id: "event:t-raid-3") {
      perpetrators: participants(side: PERPETRATOR) { role side actor { __typename ... on Organization { id } } citations { locator credibility grade quote source { id reliability } } }
      victims: participants(roles: [VICTIM]) { actor { ... on Person { id } } }
      place { id country }
    } }`);
    expect(r.data!.event).toEqual({
      perpetrators: [
        {
          role: 'DIRECTLY_PERPETRATED',
          side: 'PERPETRATOR',
          actor: { __typename: 'Organization', id: 'org:t-unit' },
          citations: [{ locator: 'line 3', credibility: 3, grade: 'C3', quote: 'quoted text', source: { id: 'src:t-news', reliability: 'C' } }],
        },
      ],
      victims: [{ actor: { id: 'person:t-victim' } }],
      place: { id: 'place:t-minsk', country: 'BY' },
    });
  });

  it('keeps rival accounts side by side as contradictions, from both ends', async () => {
    const r = await q('{ a: event(id: "event:t-raid-1") { contradictions { id } links { relation from { id } to { id } } } b: event(id: "event:t-raid-1-alt") { contradictions { id } } }');
    expect(r.data).toEqual({
      a: { contradictions: [{ id: 'event:t-raid-1-alt' }], links: [{ relation: 'PRECEDES', from: { id: 'event:t-raid-1' }, to: { id: 'trial:t-victim' } }] },
      b: { contradictions: [{ id: 'event:t-raid-1' }] },
    });
  });

  it("filters a person's postings to those valid at a date", async () => {
    const r = await q('{ person(id: "person:t-alpha") { all: postings { id } may: postings(at: "2021-05-01") { id } participations { id } } }');
    expect(r.data!.person).toEqual({ all: [{ id: 'post:t-alpha' }], may: [], participations: [] });
  });
});

describe('round trips', () => {
  const NESTED = `query($n: Int) { events(first: $n, filter: { types: [RAID] }) { edges { node {
    id place { name }
    participants { role actor { ... on Organization { name parents { parent { name } } members { person { name } } } ... on Person { name } }
      citations { grade source { title } } }
    citations { source { title } }
  } } } }`;

  it('are bounded by the depth of a nested query, not by the number of results', async () => {
    const two = await q(NESTED, { n: 2 });
    const eight = await q(NESTED, { n: 8 });
    expect(two.errors).toBeUndefined();
    expect(eight.data!.events.edges).toHaveLength(8);
    expect(eight.roundTrips).toBe(two.roundTrips);
    // events page; then per level: places + participants + event citations; actors; their
    // parents, members and participation citations (+ the sources' nodes); parent and person nodes;
    // and, once per request for a viewer without clearance, the protected persons (src/domain/protection).
    expect(eight.roundTrips).toBeLessThanOrEqual(11);
  });

  it("cost nothing more for an event page's participants and their actors: the list query brings them, through fragments too", async () => {
    const plain = await q('{ events(first: 8) { edges { node { id } } } }');
    const PARTICIPANTS = `participants { id role actor { ... on Person { id name } ... on Organization { id name } } }`;
    const inline = await q(`{ events(first: 8) { edges { node { id ${PARTICIPANTS} } } } }`);
    const spread = await q(`query { events(first: 8) { ...Page } } fragment Page on EventConnection { edges { ... on EventEdge { node { id ...P } } } } fragment P on Event { ${PARTICIPANTS} }`);
    expect(inline.errors).toBeUndefined();
    expect(spread.data).toEqual(inline.data);
    expect(inline.roundTrips).toBe(plain.roundTrips);
    expect(spread.roundTrips).toBe(plain.roundTrips);
    // The same participants as an event asked alone, through the loader.
    const edges = inline.data!.events.edges as { node: { id: string; participants: { id: string }[] } }[];
    expect(edges.some((e) => e.node.participants.length > 1)).toBe(true);
    for (const { node } of edges) {
      const alone = await q(`query($id: ID!) { event(id: $id) { ${PARTICIPANTS} } }`, { id: node.id });
      const byId = (xs: { id: string }[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(node.participants)).toEqual(byId(alone.data!.event.participants));
    }
  });

  it('climb several levels of parents in one round trip, with the same answer as level by level', async () => {
    // Two more levels above the ministry (and a rival account), for this test and those after it.
    const cite = [{ source: 'src:t-report', locator: 'para. 9', credibility: 3 }];
    const above = [
      { type: 'Organization', id: 'org:t-government', name: 'Test Government', kind: 'GOVERNMENT', country: 'BY', sources: cite },
      { type: 'Organization', id: 'org:t-head', name: 'Test Head of State', kind: 'HEAD_OF_STATE_OFFICE', country: 'BY', sources: cite },
      { type: 'Subordination', id: 'sub:t-ministry-government', child: 'org:t-ministry', parent: 'org:t-government', classification: 'COMMAND', startDate: '2010', sources: cite },
      { type: 'Subordination', id: 'sub:t-ministry-head', child: 'org:t-ministry', parent: 'org:t-head', classification: 'ADMINISTRATIVE', startDate: '2010', sources: cite },
      { type: 'Subordination', id: 'sub:t-government-head', child: 'org:t-government', parent: 'org:t-head', classification: 'COMMAND', startDate: '2010', sources: cite },
    ];
    await loadRecords(
      db.graph,
      above.map((record, i) => ({ line: i + 1, record: record as never })),
    );
    const LEVELS = `organization { id parents { id classification parent { id name parents { id parent { id name parents { id parent { id } } } } } } }`;
    const climbing = await q(`{ person(id: "person:t-alpha") { postings { ${LEVELS} } } }`);
    const oneLevel = await q('{ person(id: "person:t-alpha") { postings { organization { id parents { id classification parent { id name } } } } } }');
    expect(climbing.errors).toBeUndefined();
    // The person with their postings and the ancestry (three levels) in one query, and the protected
    // persons; one level: the person with postings, the protected persons, then the parents.
    expect(climbing.roundTrips).toBe(2);
    expect(oneLevel.roundTrips).toBe(3);
    // Level by level (each organisation asked alone) gives the same subordinations.
    const org = climbing.data!.person.postings[0].organization;
    const alone = await q(`query($id: ID!) { organization(id: $id) { parents { id classification parent { id name } } } }`, { id: org.id });
    expect(org.parents.map((p: any) => ({ id: p.id, classification: p.classification, parent: { id: p.parent.id, name: p.parent.name } }))).toEqual(alone.data!.organization.parents);
    expect(org.parents[0].parent.parents.map((p: any) => p.parent.id).sort()).toEqual(['org:t-government', 'org:t-head']);
    expect(org.parents[0].parent.parents.find((p: any) => p.parent.id === 'org:t-government').parent.parents).toEqual([{ id: 'sub:t-government-head', parent: { id: 'org:t-head' } }]);
  });

  it('cost nothing more to follow a fact to the records it links: they come with the fact', async () => {
    const facts = await q('{ person(id: "person:t-alpha") { postings { id } } }');
    const linked = await q('{ person(id: "person:t-alpha") { postings { id person { id } organization { id name parents { parent { id name } } } } } }');
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.person.postings[0].organization.id).toBe('org:t-unit');
    // The person with their postings (each with its person and organisation: src/entry/graphql/lookahead)
    // and the protected persons; then only the organisation's parents (with each parent
    // organisation): none for person, organization, parent.
    expect(facts.roundTrips).toBe(2);
    expect(linked.roundTrips).toBe(3);
  });

  it('a person with postings, citations and three levels of parents: one query, the same answer as without looking ahead', async () => {
    const W1 = `query($id: ID!) { person(id: $id) { id name citations { locator grade source { id } }
      postings { id role startDate citations { locator grade source { id } quote }
        organization { id name parents { id classification parent { id name parents { id parent { id name parents { id parent { id name } } } } } } } } } }`;
    const ahead = await q(W1, { id: 'person:t-alpha' });
    expect(ahead.errors).toBeUndefined();
    expect(ahead.data!.person.postings.length).toBeGreaterThan(0);
    expect(ahead.data!.person.postings.some((p: any) => p.citations.length > 0)).toBe(true);
    // person-postings-ahead (with the ancestry), and the protected persons: nothing after.
    expect(ahead.roundTrips).toBe(2);
    // Loaders that neither batch nor cache (nothing is looked ahead) give the same answer.
    const contextValue = createContext(db.graph, silentLogger, TEST_VIEWER, { batch: false });
    const naive = await executeWith(contextValue, W1, { id: 'person:t-alpha' });
    expect(naive.data).toEqual(ahead.data);
    expect(naive.roundTrips).toBeGreaterThan(ahead.roundTrips);
  });
});

describe('list pages and their totalCount', () => {
  /** The graph (and the counted view a request's context makes of it), logging when each named read starts and ends. */
  const tracing = (graph: Graph, log: string[]): Graph =>
    new Proxy(graph, {
      get(target, prop, receiver) {
        if (prop === 'withCounter') return (counter: RoundTripCounter) => tracing(target.withCounter(counter), log);
        if (prop !== 'read') return Reflect.get(target, prop, receiver);
        return async (name: QueryName, params?: Record<string, unknown>) => {
          log.push(`start ${name}`);
          try {
            return await target.read(name, params);
          } finally {
            log.push(`end ${name}`);
          }
        };
      },
    });

  it.each(['persons', 'organizations', 'sources'])('%s: the count goes out beside the page when totalCount is selected, and not at all otherwise', async (list) => {
    const counted: string[] = [];
    const page = await executeWith(createContext(tracing(db.graph, counted), silentLogger, TEST_VIEWER), `{ ${list}(first: 2) { totalCount edges { node { id } } } }`);
    expect(page.errors).toBeUndefined();
    expect((page.data as any)[list].totalCount).toBeGreaterThan(0);
    expect(counted.indexOf(`start lists/${list}-count`)).toBeGreaterThanOrEqual(0);
    expect(counted.indexOf(`start lists/${list}-count`)).toBeLessThan(counted.indexOf(`end lists/${list}`));
    const uncounted: string[] = [];
    await executeWith(createContext(tracing(db.graph, uncounted), silentLogger, TEST_VIEWER), `{ ${list}(first: 2) { edges { node { id } } } }`);
    expect(uncounted).toContain(`end lists/${list}`);
    expect(uncounted.filter((e) => e.includes('-count'))).toEqual([]);
  });

  it.each([
    ['{}', 'lists/events'],
    ['{ types: [RAID, ARREST] }', 'lists/events-by-type'],
    ['{ types: [RAID, ARREST], from: "2020" }', 'lists/events-by-type-dated'],
  ])('events %s: a page and its totalCount are one statement, the same page and count as asked apart, past the end too', async (filter, query) => {
    const ask = async (selection: string, after?: string) => {
      const log: string[] = [];
      const r = await executeWith(createContext(tracing(db.graph, log), silentLogger, TEST_VIEWER), `query($after: String) { events(first: 2, after: $after, filter: ${filter}) { ${selection} } }`, {
        after: after ?? null,
      });
      expect(r.errors).toBeUndefined();
      return { events: (r.data as any).events, reads: log.filter((e) => e.startsWith('start lists/')) };
    };
    const both = await ask('totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }');
    expect(both.reads).toEqual([`start ${query}/counted`]);
    const pageAlone = await ask('pageInfo { hasNextPage endCursor } edges { cursor node { id } }');
    expect(pageAlone.reads).toEqual([`start ${query}/page`]);
    expect(pageAlone.events.edges).toEqual(both.events.edges);
    expect(pageAlone.events.pageInfo).toEqual(both.events.pageInfo);
    // Paged to the end without the count, the events number what the count says; every page
    // counted says the same, and so does one past the end, which has no rows.
    let seen = both.events.edges.length;
    let cursor: string | null = both.events.pageInfo.endCursor;
    for (let more = both.events.pageInfo.hasNextPage; more;) {
      const next = await ask('totalCount pageInfo { hasNextPage endCursor } edges { node { id } }', cursor ?? undefined);
      expect(next.events.totalCount).toBe(both.events.totalCount);
      seen += next.events.edges.length;
      cursor = next.events.pageInfo.endCursor ?? cursor;
      more = next.events.pageInfo.hasNextPage;
    }
    expect(seen).toBe(both.events.totalCount);
    const past = await ask('totalCount edges { node { id } }', cursor ?? undefined);
    expect(past.events.edges).toEqual([]);
    expect(past.events.totalCount).toBe(both.events.totalCount);
  });
});

describe('the seed dataset', () => {
  beforeAll(async () => {
    await clearGraph(db);
    await loadSeed(db.graph);
  });

  it('finds Mikalai Dziadok, the 11 September 2025 passport seizure, the KGB as perpetrator, and the source behind each', async () => {
    const r = await q(`{ search(query: "Mikalai Dziadok", kinds: [PERSON]) { node { ... on Person { id name citations { locator source { file } }
      participations(roles: [VICTIM]) { event { id startDate eventType
        participants(side: PERPETRATOR) { role actor { ... on Organization { id shortName } } citations { locator quote source { file } } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    const person = r.data!.search[0].node;
    expect(person).toEqual(expect.objectContaining({ id: 'person:mikalai-dziadok', name: 'Mikalai Dziadok' }));
    expect(person.citations.length).toBeGreaterThan(0);
    const seizure = person.participations.map((p: any) => p.event).find((e: any) => e.id === 'event:2025-09-11-passport-seizures');
    expect(seizure).toEqual(expect.objectContaining({ startDate: '2025-09-11', eventType: 'PASSPORT_CONFISCATION' }));
    const kgb = seizure.participants.find((p: any) => p.actor.id === 'org:kgb');
    expect(kgb.role).toBe('DIRECTLY_PERPETRATED');
    expect(kgb.citations[0]).toEqual(expect.objectContaining({ locator: expect.stringMatching(/^(line|para\.) \d+/), source: { file: '000_fcfa96d3aa0883e3.txt' } }));
    expect(kgb.citations[0].quote).toMatch(/KGB/);
  });
});
