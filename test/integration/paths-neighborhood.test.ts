/**
 * Shortest paths and neighbourhoods against the real Neo4j, on a hand-built scenario: a judge who
 * presided over a trial that a KGB directorate investigated, an officer whose posting at the
 * directorate ended, a weakly sourced link beside a strong longer way round, a pseudonymised
 * witness and a withheld victim. Then one check on the seed dataset.
 */
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import type { Viewer } from '../../src/entry/graphql/context';
import { expandSubgraph, MAX_NODES, type HopRow } from '../../src/domain/subgraph';
import { readFirstHops } from '../../src/domain/subgraph/first-hops';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';

const UNCLEARED: Viewer = { id: 'u', roles: [], cleared: false };
const CLEARED: Viewer = { id: 'c', roles: [], cleared: true };

const cite = (source = 'src:p-report', credibility = 1, quote = 'quoted text') => [{ source, locator: 'para. 1', credibility, quote }];

const SCENARIO: RecordV1[] = [
  { type: 'Source', id: 'src:p-report', title: 'Report', kind: 'UN_REPORT', reliability: 'A', confidentiality: 'PUBLIC' },
  { type: 'Source', id: 'src:p-rumour', title: 'Rumour', kind: 'NEWS', reliability: 'C', confidentiality: 'PUBLIC' },
  { type: 'Place', id: 'place:p-minsk', name: 'Minsk', country: 'BY', sources: cite() },
  { type: 'Organization', id: 'org:p-kgb', name: 'Committee of State Security', shortName: 'KGB', kind: 'AGENCY', country: 'BY', sources: cite() },
  { type: 'Organization', id: 'org:p-directorate', name: 'KGB Directorate for Minsk', kind: 'UNIT', country: 'BY', sources: cite() },
  { type: 'Organization', id: 'org:p-court', name: 'Minsk City Court', kind: 'COURT', country: 'BY', sources: cite() },
  { type: 'Organization', id: 'org:p-ngo', name: 'Human Rights Centre', kind: 'CIVIL_SOCIETY', country: 'BY', sources: cite() },
  { type: 'Organization', id: 'org:p-lonely', name: 'Unconnected Office', kind: 'OTHER', sources: cite() },
  { type: 'Subordination', id: 'sub:p-directorate-kgb', child: 'org:p-directorate', parent: 'org:p-kgb', classification: 'COMMAND', sources: cite() },
  { type: 'Person', id: 'person:p-judge', name: 'Ivan Judgeson', protection: 'NONE', sources: cite() },
  { type: 'Person', id: 'person:p-officer', name: 'Oleg Officerov', protection: 'NONE', sources: cite() },
  { type: 'Person', id: 'person:p-witness', name: 'Wiktor Secretname', aliases: ['W. Secretname'], protection: 'PSEUDONYM', pseudonym: 'Witness W-1', sources: cite() },
  { type: 'Person', id: 'person:p-hidden', name: 'Halina Hiddenova', protection: 'WITHHOLD', sources: cite() },
  { type: 'Posting', id: 'post:p-judge', person: 'person:p-judge', organization: 'org:p-court', role: 'JUDGE', startDate: '2018', sources: cite() },
  { type: 'Posting', id: 'post:p-officer', person: 'person:p-officer', organization: 'org:p-directorate', role: 'OFFICER', startDate: '2019-01', endDate: '2021-06-30', sources: cite() },
  { type: 'Posting', id: 'post:p-hidden-ngo', person: 'person:p-hidden', organization: 'org:p-ngo', role: 'MEMBER', startDate: '2015', sources: cite() },
  {
    type: 'Trial',
    id: 'trial:p-case',
    eventType: 'TRIAL',
    title: 'Trial in the extremism case',
    startDate: '2022-03',
    court: 'org:p-court',
    place: 'place:p-minsk',
    inAbsentia: false,
    charges: ['Criminal Code art. 361-1'],
    sources: cite(),
  },
  { type: 'Event', id: 'event:p-raid', eventType: 'RAID', title: 'Raid on the centre', startDate: '2021-02-10', place: 'place:p-minsk', sources: cite() },
  { type: 'Event', id: 'event:p-interrogation', eventType: 'INTERROGATION', title: 'Interrogation of Wiktor Secretname', startDate: '2022-01-20', sources: cite() },
  { type: 'Event', id: 'event:p-undated', eventType: 'THREAT', title: 'Undated threat', sources: cite() },
  { type: 'Participation', id: 'part:p-judge-presided', actor: 'person:p-judge', event: 'trial:p-case', role: 'PRESIDED', sources: cite() },
  // The weak link: the directorate investigated the case, says a rumour (C4).
  { type: 'Participation', id: 'part:p-directorate-investigated', actor: 'org:p-directorate', event: 'trial:p-case', role: 'INVESTIGATED', sources: cite('src:p-rumour', 4) },
  // The strong way round: the trial followed the raid, which the directorate carried out (A1).
  { type: 'EventLink', id: 'link:p-raid-trial', from: 'event:p-raid', to: 'trial:p-case', relation: 'PRECEDES', sources: cite() },
  { type: 'Participation', id: 'part:p-directorate-raid', actor: 'org:p-directorate', event: 'event:p-raid', role: 'DIRECTLY_PERPETRATED', sources: cite() },
  { type: 'Participation', id: 'part:p-directorate-threat', actor: 'org:p-directorate', event: 'event:p-undated', role: 'DIRECTLY_PERPETRATED', sources: cite() },
  {
    type: 'Participation',
    id: 'part:p-witness',
    actor: 'person:p-witness',
    event: 'trial:p-case',
    role: 'WITNESS',
    sources: cite('src:p-report', 1, 'Wiktor Secretname testified for the prosecution'),
  },
  { type: 'Participation', id: 'part:p-witness-interrogated', actor: 'person:p-witness', event: 'event:p-interrogation', role: 'VICTIM', sources: cite() },
  { type: 'Participation', id: 'part:p-hidden-victim', actor: 'person:p-hidden', event: 'event:p-raid', role: 'VICTIM', sources: cite('src:p-report', 1, 'Halina Hiddenova was detained in the raid') },
  {
    type: 'LegalProvision',
    id: 'lp:p-persecution',
    instrument: 'Rome Statute',
    article: '7(1)(h)',
    title: 'Persecution',
    elements: [{ number: '1', text: 'Deprivation of rights', kind: 'CONDUCT' }],
    sources: cite(),
  },
  {
    type: 'Allegation',
    id: 'alg:p-directorate',
    accused: 'org:p-directorate',
    provision: 'lp:p-persecution',
    mode: 'ART25_3_A',
    events: ['event:p-raid'],
    sources: [{ source: 'src:p-report', locator: 'para. 2', credibility: 2, element: '1' }],
  },
];

let db: Database;
const q = <T = any>(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = UNCLEARED) => execute<T>(db.graph, query, variables, viewer);
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $at: Date, $minGrade: Grade, $limit: Int) {
  paths(fromId: $from, toId: $to, maxHops: $maxHops, at: $at, minGrade: $minGrade, limit: $limit) {
    length grade
    nodes { id label }
    steps { from { id } to { id } edge { id type label grade source target
      fact { id recordType ... on Participation { actor { ... on Person { name } } } }
      citations { locator grade quote source { id } } } }
  } }`;

const NEIGHBORHOOD = `query($ids: [ID!]!, $hops: Int, $kinds: [GraphNodeKind!], $from: Date, $to: Date, $minGrade: Grade, $limit: Int) {
  neighborhood(ids: $ids, hops: $hops, kinds: $kinds, from: $from, to: $to, minGrade: $minGrade, limit: $limit) {
    truncated
    nodes { id kind label shortLabel category startDate endDate pseudonymised
      node { id ... on Person { name aliases } ... on Event { title } } }
    edges { id source target type label factId grade startDate endDate
      fact { id ... on Participation { actor { ... on Person { name } } } ... on Posting { person { name } } }
      citations { quote grade } }
  } }`;

/** The benchmark's W3 (bench/workloads/w3-neighborhood.ts) with the seeds as a list. */
const W3 = `query($ids: [ID!]!) { neighborhood(ids: $ids, hops: 2, limit: 5000) { truncated nodes { id kind label } edges { id source target type } } }`;

const ids = (r: any) => r.data.neighborhood.nodes.map((n: any) => n.id).sort();
const stepIds = (path: any) => [path.steps[0].from.id, ...path.steps.map((s: any) => s.to.id)];

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    SCENARIO.map((record, i) => ({ line: i + 1, record })),
  );
});
afterAll(() => db.close());

describe('paths', () => {
  it('finds the shortest path from a judge through the trial to the directorate and on to the KGB, each hop with its citations', async () => {
    const r = await q(PATHS, { from: 'person:p-judge', to: 'org:p-kgb' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.paths).toHaveLength(1);
    const [path] = r.data!.paths;
    expect(stepIds(path)).toEqual(['person:p-judge', 'trial:p-case', 'org:p-directorate', 'org:p-kgb']);
    expect(path.nodes.map((n: any) => n.id)).toEqual(stepIds(path));
    expect(path.length).toBe(3);
    expect(path.steps.map((s: any) => [s.edge.type, s.edge.id, s.edge.label, s.edge.grade])).toEqual([
      ['PARTICIPATION', 'part:p-judge-presided', 'PRESIDED', 'A1'],
      ['PARTICIPATION', 'part:p-directorate-investigated', 'INVESTIGATED', 'C4'],
      ['SUBORDINATION', 'sub:p-directorate-kgb', 'COMMAND', 'A1'],
    ]);
    // Edges keep the fact's own direction (actor → event), whichever way the path runs.
    expect(path.steps[1]).toEqual(expect.objectContaining({ from: { id: 'trial:p-case' }, to: { id: 'org:p-directorate' } }));
    expect(path.steps[1].edge).toEqual(expect.objectContaining({ source: 'org:p-directorate', target: 'trial:p-case' }));
    expect(path.steps[1].edge.citations).toEqual([{ locator: 'para. 1', grade: 'C4', quote: 'quoted text', source: { id: 'src:p-rumour' } }]);
    expect(path.steps[0].edge.fact).toEqual({ id: 'part:p-judge-presided', recordType: 'Participation', actor: { name: 'Ivan Judgeson' } });
    // A chain is as strong as its weakest link.
    expect(path.grade).toBe('C4');
  });

  it('a minimum grade cuts the weak link and the path goes the strong way round', async () => {
    const r = await q(PATHS, { from: 'person:p-judge', to: 'org:p-directorate', minGrade: 'B2' });
    expect(r.errors).toBeUndefined();
    // Two ways from the raid to the directorate, both well sourced: its participation and the allegation against it.
    expect(r.data!.paths.map(stepIds)).toEqual([
      ['person:p-judge', 'trial:p-case', 'event:p-raid', 'org:p-directorate'],
      ['person:p-judge', 'trial:p-case', 'event:p-raid', 'org:p-directorate'],
    ]);
    expect(r.data!.paths.map((p: any) => [p.steps[2].edge.type, p.steps[2].edge.id, p.grade])).toEqual([
      ['ALLEGATION', 'alg:p-directorate', 'A2'],
      ['PARTICIPATION', 'part:p-directorate-raid', 'A1'],
    ]);
    const weak = await q(PATHS, { from: 'person:p-judge', to: 'org:p-directorate' });
    expect(weak.data!.paths.map(stepIds)).toEqual([['person:p-judge', 'trial:p-case', 'org:p-directorate']]);
  });

  it('at a date, a posting that had ended is not crossed', async () => {
    const during = await q(PATHS, { from: 'person:p-officer', to: 'org:p-kgb', at: '2020-05' });
    expect(during.data!.paths.map(stepIds)).toEqual([['person:p-officer', 'org:p-directorate', 'org:p-kgb']]);
    const after = await q(PATHS, { from: 'person:p-officer', to: 'org:p-kgb', at: '2022' });
    expect(after.errors).toBeUndefined();
    expect(after.data!.paths).toEqual([]);
    // "2021" may be before the end (30 June 2021): possibly valid, so crossed.
    expect((await q(PATHS, { from: 'person:p-officer', to: 'org:p-kgb', at: '2021' })).data!.paths).toHaveLength(1);
  });

  it('maxHops bounds the search, with LIMIT_EXCEEDED past the maximum', async () => {
    expect((await q(PATHS, { from: 'person:p-judge', to: 'org:p-kgb', maxHops: 2 })).data!.paths).toEqual([]);
    const tooMany = await q(PATHS, { from: 'person:p-judge', to: 'org:p-kgb', maxHops: 7 });
    expect(codeOf(tooMany)).toBe('LIMIT_EXCEEDED');
    expect(tooMany.errors![0]!.message).toBe('maxHops: at most 6');
    expect(tooMany.errors![0]!.extensions!.field).toBe('maxHops');
    expect(codeOf(await q(PATHS, { from: 'person:p-judge', to: 'org:p-kgb', limit: 1000 }))).toBe('LIMIT_EXCEEDED');
  });

  it('no path is an empty list; unknown ends are NOT_FOUND', async () => {
    const none = await q(PATHS, { from: 'person:p-judge', to: 'org:p-lonely' });
    expect(none.errors).toBeUndefined();
    expect(none.data!.paths).toEqual([]);
    expect(codeOf(await q(PATHS, { from: 'person:p-judge', to: 'org:nowhere' }))).toBe('NOT_FOUND');
    expect(codeOf(await q(PATHS, { from: 'person:p-judge', to: 'person:p-judge' }))).toBe('BAD_USER_INPUT');
  });

  it('never goes through a withheld person without clearance, and shows pseudonyms only', async () => {
    // The withheld victim is the only link between the raid and the centre she belongs to.
    const hidden = await q(PATHS, { from: 'event:p-raid', to: 'org:p-ngo' });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.paths).toEqual([]);
    expect(JSON.stringify(hidden)).not.toMatch(/Hiddenova|p-hidden/);
    expect(codeOf(await q(PATHS, { from: 'person:p-hidden', to: 'org:p-ngo' }))).toBe('NOT_FOUND');
    const cleared = await q(PATHS, { from: 'event:p-raid', to: 'org:p-ngo' }, CLEARED);
    expect(cleared.data!.paths.map(stepIds)).toEqual([['event:p-raid', 'person:p-hidden', 'org:p-ngo']]);

    const witness = await q(PATHS, { from: 'person:p-judge', to: 'event:p-interrogation' });
    expect(witness.errors).toBeUndefined();
    expect(witness.data!.paths.map(stepIds)).toEqual([['person:p-judge', 'trial:p-case', 'person:p-witness', 'event:p-interrogation']]);
    expect(witness.data!.paths[0].nodes.map((n: any) => n.label)).toEqual(['Ivan Judgeson', 'Trial in the extremism case', 'Witness W-1', 'Interrogation of Witness W-1']);
    expect(witness.data!.paths[0].steps[1].edge.fact).toBeNull();
    expect(JSON.stringify(witness)).not.toMatch(/Secretname/);
    const seen = await q(PATHS, { from: 'person:p-judge', to: 'event:p-interrogation' }, CLEARED);
    expect(seen.data!.paths[0].nodes.map((n: any) => n.label)).toContain('Wiktor Secretname');
  });
});

describe('neighborhood', () => {
  it('one hop: every link of the seed, facts as single edges with their grade, an allegation as a node', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'] });
    expect(r.errors).toBeUndefined();
    expect(ids(r)).toEqual(['alg:p-directorate', 'event:p-raid', 'event:p-undated', 'lp:p-persecution', 'org:p-directorate', 'org:p-kgb', 'person:p-officer', 'trial:p-case']);
    const edges = r.data!.neighborhood.edges;
    expect(edges).toContainEqual(expect.objectContaining({ id: 'sub:p-directorate-kgb', source: 'org:p-directorate', target: 'org:p-kgb', type: 'SUBORDINATION', label: 'COMMAND', grade: 'A1' }));
    expect(edges).toContainEqual(
      expect.objectContaining({ id: 'post:p-officer', source: 'person:p-officer', target: 'org:p-directorate', type: 'POSTING', label: 'OFFICER', startDate: '2019-01', endDate: '2021-06-30' }),
    );
    expect(edges).toContainEqual(expect.objectContaining({ id: 'part:p-directorate-investigated', type: 'PARTICIPATION', grade: 'C4', citations: [{ quote: 'quoted text', grade: 'C4' }] }));
    expect(
      edges
        .filter((e: any) => e.factId === 'alg:p-directorate')
        .map((e: any) => [e.type, e.target])
        .sort(),
    ).toEqual([
      ['ACCUSED', 'org:p-directorate'],
      ['EVENTS', 'event:p-raid'],
      ['PROVISION', 'lp:p-persecution'],
    ]);
    const kgb = r.data!.neighborhood.nodes.find((n: any) => n.id === 'org:p-kgb');
    expect(kgb).toEqual(expect.objectContaining({ kind: 'ORGANIZATION', label: 'Committee of State Security', shortLabel: 'KGB', category: 'AGENCY' }));
    expect(r.data!.neighborhood.truncated).toBe(false);
    // Every edge joins two drawn nodes.
    const drawn = new Set(ids(r));
    for (const e of edges) expect([drawn.has(e.source), drawn.has(e.target)]).toEqual([true, true]);
  });

  it('two hops reach further (place, court, judge), in the same one statement as one hop', async () => {
    const one = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], hops: 1 });
    const two = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], hops: 2 });
    const three = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], hops: 3 });
    expect(two.errors).toBeUndefined();
    expect(ids(two)).toEqual(expect.arrayContaining(['place:p-minsk', 'org:p-court', 'person:p-judge', 'person:p-witness']));
    expect(ids(two).length).toBeGreaterThan(ids(one).length);
    expect(two.data!.neighborhood.edges).toContainEqual(
      expect.objectContaining({ id: 'trial:p-case|COURT|org:p-court', type: 'COURT', source: 'trial:p-case', target: 'org:p-court', fact: null, grade: null }),
    );
    // The seeds and two hops in one statement, the protected names (this viewer is not cleared),
    // the edges' citations; the records behind nodes and facts came with the hops, primed.
    expect([one.roundTrips, two.roundTrips, three.roundTrips]).toEqual([3, 3, 4]);
    // As the benchmark's W3 asks, for a cleared viewer: one round trip.
    const w3 = await q(W3.replace('$ids: [ID!]!', '$id: ID!').replace('ids: $ids', 'ids: [$id]'), { id: 'person:p-judge' }, CLEARED);
    expect(w3.errors).toBeUndefined();
    expect(w3.data!.neighborhood.nodes.length).toBeGreaterThan(3);
    expect(w3.roundTrips).toBe(1);
  });

  it('at hops 0 gives the ids and the links among them, and nothing beyond (a drawing asked again)', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:p-directorate', 'org:p-kgb', 'trial:p-case', 'person:p-officer', 'org:p-lonely'], hops: 0 });
    expect(r.errors).toBeUndefined();
    expect(ids(r)).toEqual(['org:p-directorate', 'org:p-kgb', 'org:p-lonely', 'person:p-officer', 'trial:p-case']);
    expect(r.data!.neighborhood.edges.map((e: any) => e.id).sort()).toEqual(['part:p-directorate-investigated', 'post:p-officer', 'sub:p-directorate-kgb']);
    // The same filters as an expansion: the C4 investigation drops below B2.
    const graded = await q(NEIGHBORHOOD, { ids: ['org:p-directorate', 'trial:p-case'], hops: 0, minGrade: 'B2' });
    expect(graded.data!.neighborhood.edges).toEqual([]);
    // Many more ids than an expansion may start from, at hops 0 only.
    const many = Array.from({ length: 101 }, () => 'org:p-kgb');
    expect(codeOf(await q(NEIGHBORHOOD, { ids: many, hops: 1 }))).toBe('LIMIT_EXCEEDED');
    expect((await q(NEIGHBORHOOD, { ids: many, hops: 0 })).errors).toBeUndefined();
  });

  it('kinds keep only some kinds of node (the seeds always), and are not traversed through', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], hops: 3, kinds: ['ORGANIZATION'] });
    expect(r.errors).toBeUndefined();
    expect(ids(r)).toEqual(['org:p-directorate', 'org:p-kgb']);
    const people = await q(NEIGHBORHOOD, { ids: ['trial:p-case'], kinds: ['PERSON'] });
    expect(ids(people)).toEqual(['person:p-judge', 'person:p-witness', 'trial:p-case']);
  });

  it('a date window keeps the facts and events that meet it, and undated ones', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], from: '2022', to: '2023' });
    expect(r.errors).toBeUndefined();
    // The 2021 raid and the posting that ended in 2021 drop; the 2022 trial, the undated threat and the undated subordination stay.
    expect(ids(r)).toEqual(['alg:p-directorate', 'event:p-undated', 'lp:p-persecution', 'org:p-directorate', 'org:p-kgb', 'trial:p-case']);
    const early = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], to: '2020' });
    expect(ids(early)).toEqual(expect.arrayContaining(['person:p-officer', 'event:p-undated']));
    expect(ids(early)).not.toContain('trial:p-case');
  });

  it('a minimum grade drops weak links', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], minGrade: 'B2' });
    expect(ids(r)).not.toContain('trial:p-case');
    expect(ids(r)).toContain('event:p-raid');
  });

  it('the node limit stops the expansion and says so; limits past the maximum are LIMIT_EXCEEDED', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], hops: 2, limit: 4 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.neighborhood.nodes).toHaveLength(4);
    expect(r.data!.neighborhood.truncated).toBe(true);
    const hops = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], hops: 5 });
    expect(codeOf(hops)).toBe('LIMIT_EXCEEDED');
    expect(hops.errors![0]!.message).toBe('hops: at most 4');
    const limit = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], limit: 5001 });
    expect(codeOf(limit)).toBe('LIMIT_EXCEEDED');
    expect(limit.errors![0]!.extensions!.field).toBe('limit');
    expect(codeOf(await q(NEIGHBORHOOD, { ids: ['org:nowhere'] }))).toBe('NOT_FOUND');
  });

  it('without clearance: the pseudonymised witness only by pseudonym, the withheld victim absent with her links', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], hops: 3 });
    expect(r.errors).toBeUndefined();
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/Secretname/);
    expect(text).not.toMatch(/Hiddenova/);
    expect(text).not.toMatch(/p-hidden/);
    const witness = r.data!.neighborhood.nodes.find((n: any) => n.id === 'person:p-witness');
    expect(witness).toEqual(expect.objectContaining({ kind: 'PERSON', label: 'Witness W-1', pseudonymised: true, node: null }));
    // A title naming the witness shows the pseudonym instead, and its record is not handed out.
    expect(r.data!.neighborhood.nodes.find((n: any) => n.id === 'event:p-interrogation')).toEqual(expect.objectContaining({ label: 'Interrogation of Witness W-1', node: null }));
    const testimony = r.data!.neighborhood.edges.find((e: any) => e.id === 'part:p-witness');
    expect(testimony).toEqual(expect.objectContaining({ source: 'person:p-witness', fact: null, citations: [{ quote: null, grade: 'A1' }] }));
    expect(ids(r)).not.toContain('org:p-ngo');

    // The withheld person as a seed is not found, as if she did not exist.
    expect(codeOf(await q(NEIGHBORHOOD, { ids: ['person:p-hidden'] }))).toBe('NOT_FOUND');
  });

  it('with clearance: real names, the withheld victim and her links', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:p-directorate'], hops: 3 }, CLEARED);
    expect(r.errors).toBeUndefined();
    expect(ids(r)).toEqual(expect.arrayContaining(['person:p-hidden', 'org:p-ngo', 'person:p-witness']));
    const witness = r.data!.neighborhood.nodes.find((n: any) => n.id === 'person:p-witness');
    expect(witness).toEqual(expect.objectContaining({ label: 'Wiktor Secretname', pseudonymised: false, node: { id: 'person:p-witness', name: 'Wiktor Secretname', aliases: ['W. Secretname'] } }));
    expect(r.data!.neighborhood.edges).toContainEqual(expect.objectContaining({ id: 'part:p-hidden-victim', source: 'person:p-hidden', target: 'event:p-raid' }));
    expect(JSON.stringify(r)).toMatch(/Halina Hiddenova was detained/);
  });
});

describe('on the seed dataset', () => {
  beforeAll(async () => {
    await clearGraph(db);
    await loadSeed(db.graph);
  });

  it('the KGB one hop out includes the passport seizures of 11 September 2025', async () => {
    const r = await q(NEIGHBORHOOD, { ids: ['org:kgb'], hops: 1 });
    expect(r.errors).toBeUndefined();
    expect(ids(r)).toContain('event:2025-09-11-passport-seizures');
    expect(r.data!.neighborhood.edges).toContainEqual(expect.objectContaining({ source: 'org:kgb', target: 'event:2025-09-11-passport-seizures', type: 'PARTICIPATION' }));
  });

  it('reads ahead for hop 2 exactly the rows a query for the records hop 1 drew returns, around every entity', async () => {
    const entities = await db.graph.runText<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id ORDER BY id', {}, 'READ');
    expect(entities.length).toBeGreaterThan(10);
    for (const { id } of entities) {
      const drawn = await expandSubgraph(db.graph, [id], { hops: 1, limit: MAX_NODES, viewer: CLEARED });
      const frontier = drawn.nodes.filter((n) => n.id !== id && n.recordType !== 'LegalProvision' && n.recordType !== 'Allegation').map((n) => n.id);
      const { ahead } = await readFirstHops(db.graph, [id], 2, 50_000, { withCitations: true, projection: {} });
      const wanted = new Set(frontier);
      const keyed = (rows: HopRow[]) => rows.map((r) => JSON.stringify([r.id, r.rel, r.link.id, r.ends.map((e) => e.node.id).sort(), r.citations.length])).sort();
      const direct = frontier.length ? await db.graph.read<HopRow>('subgraph/hop', { ids: frontier, maxRows: 50_001, withCitations: true, projection: {} }) : [];
      expect({ id, rows: keyed(ahead[1]!.filter((r) => wanted.has(r.id))) }).toEqual({ id, rows: keyed(direct) });
    }
  });

  it('paths between seed entities come back within the transaction timeout', async () => {
    const r = await q(PATHS, { from: 'org:kgb', to: 'event:2025-09-11-expulsion', maxHops: 6 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.paths.length).toBeGreaterThan(0);
    expect(r.data!.paths[0].length).toBeLessThanOrEqual(2);
  });
});
