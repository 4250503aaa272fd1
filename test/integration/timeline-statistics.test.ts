/** timeline and statistics against the real Neo4j, on the API scenario plus a protected person. */
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import type { Viewer } from '../../src/domain/auth/permissions';
import type { Database } from '../../src/entry/service/database';
import { API_SCENARIO } from '../fixtures/api-scenario';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';

const cite = [{ source: 'src:t-report', locator: 'para. 9', credibility: 2 }];
const PROTECTED: RecordV1[] = [
  { type: 'Person', id: 'person:t-hidden', name: 'Real Secret Name', pseudonym: 'Officer X', protection: 'PSEUDONYM', sources: cite },
  { type: 'Posting', id: 'post:t-hidden', person: 'person:t-hidden', organization: 'org:t-unit', role: 'DEPUTY', startDate: '2021', sources: cite },
];

let db: Database;
const uncleared: Viewer = { id: 'analyst', roles: ['analyst'], cleared: false };
const cleared: Viewer = { id: 'investigator', roles: ['investigator'], cleared: true };

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    [...API_SCENARIO, ...PROTECTED].map((record, i) => ({ line: i + 1, record })),
  );
});
afterAll(() => db.close());

describe('timeline', () => {
  const TIMELINE = 'query($id: ID!) { timeline(entityId: $id) { date endDate kind summary fact { id } event { id } } }';

  it("lists a person's dated facts in order, events by their date", async () => {
    const r = await execute(db.graph, TIMELINE, { id: 'person:t-victim' }, cleared);
    expect(r.errors).toBeUndefined();
    const entries = r.data!.timeline;
    expect(entries.map((e: any) => e.event?.id)).toEqual([
      'event:t-raid-1',
      'event:t-raid-2',
      'event:t-raid-3',
      'event:t-raid-4',
      'event:t-raid-5',
      'event:t-raid-6',
      'event:t-raid-7',
      'trial:t-victim',
    ]);
    expect(entries[0]).toEqual({ date: '2021-01-10', endDate: null, kind: 'PARTICIPATION', summary: 'VICTIM in Raid number 1', fact: { id: 'part:t-raid-1-victim' }, event: { id: 'event:t-raid-1' } });
    expect(entries.at(-1).summary).toBe('DEFENDANT in Trial of Vera Victim in absentia');
  });

  it("lists an organisation's members, subordinations and participations", async () => {
    const r = await execute(db.graph, TIMELINE, { id: 'org:t-unit' }, cleared);
    const summaries = r.data!.timeline.map((e: any) => `${e.date ?? '-'} ${e.kind} ${e.summary}`);
    expect(summaries.slice(0, 4)).toEqual([
      '2019 SUBORDINATION under MTA (COMMAND)',
      '2020-01-01 POSTING Anton Alpha: COMMANDER',
      '2021 POSTING Real Secret Name: DEPUTY',
      '2021-01-10 PARTICIPATION DIRECTLY_PERPETRATED in Raid number 1',
    ]);
    expect(summaries).toContain('2021-04-15 POSTING Barys Beta: COMMANDER');
  });

  it('shows a protected person only by pseudonym to a viewer without clearance', async () => {
    const r = await execute(db.graph, TIMELINE, { id: 'org:t-unit' }, uncleared);
    expect(r.data!.timeline.map((e: any) => e.summary)).toContain('Officer X: DEPUTY');
    expect(JSON.stringify(r.data)).not.toMatch(/Real Secret Name/);
  });

  it('refuses other kinds of records and unknown ids', async () => {
    const wrong = await execute(db.graph, TIMELINE, { id: 'event:t-raid-1' }, cleared);
    expect(wrong.errors![0]).toEqual(
      expect.objectContaining({ message: 'entityId: "event:t-raid-1" is not a person or organisation (it is a record of type Event)', extensions: { code: 'BAD_USER_INPUT', field: 'entityId' } }),
    );
    const missing = await execute(db.graph, TIMELINE, { id: 'person:nobody' }, cleared);
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('statistics', () => {
  const STATS =
    'query($g: StatisticsDimension!, $from: Date, $to: Date, $types: [EventType!]) { statistics(groupBy: $g, from: $from, to: $to, eventTypes: $types) { totalEvents buckets { key label events victims } } }';
  const stats = async (vars: Record<string, unknown>) => (await execute(db.graph, STATS, vars, uncleared)).data!.statistics;

  it('counts events by type, with victims from participants when no count is given', async () => {
    expect(await stats({ g: 'EVENT_TYPE' })).toEqual({
      totalEvents: 10,
      buckets: [
        { key: 'RAID', label: 'RAID', events: 8, victims: 7 },
        { key: 'THREAT', label: 'THREAT', events: 1, victims: 0 },
        { key: 'TRIAL', label: 'TRIAL', events: 1, victims: 1 },
      ],
    });
  });

  it('counts by month within a window, and by perpetrator organisation with its name', async () => {
    const months = await stats({ g: 'MONTH', from: '2021-02', to: '2021-03' });
    expect(months).toEqual({
      totalEvents: 2,
      buckets: [
        { key: '2021-02', label: '2021-02', events: 1, victims: 1 },
        { key: '2021-03', label: '2021-03', events: 1, victims: 1 },
      ],
    });
    const orgs = await stats({ g: 'ORGANIZATION', types: ['RAID'] });
    expect(orgs.buckets).toEqual([
      { key: 'org:t-unit', label: 'Special Test Unit', events: 7, victims: 7 },
      { key: '(none)', label: '(none)', events: 1, victims: 0 },
    ]);
  });

  it('counts by targeted group, country and year', async () => {
    expect((await stats({ g: 'TARGETED_GROUP' })).buckets[0]).toEqual({ key: 'lawyers', label: 'lawyers', events: 7, victims: 7 });
    expect((await stats({ g: 'COUNTRY' })).buckets).toEqual([
      { key: 'BY', label: 'BY', events: 4, victims: 4 },
      { key: '(none)', label: '(none)', events: 3, victims: 1 },
      { key: 'LT', label: 'LT', events: 3, victims: 3 },
    ]);
    expect((await stats({ g: 'YEAR' })).buckets.map((b: any) => [b.key, b.events])).toEqual([
      ['2021', 8],
      ['2022', 1],
      ['undated', 1],
    ]);
  });
});
