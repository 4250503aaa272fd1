/**
 * The list estimates behind the query cost come from the database (one named query) and follow
 * it: read at start-up, read again every GRAPHQL_COST_REFRESH_SECONDS, and used to cost the next
 * request, on the API scenario (seven raids with a unit and a victim each, a trial, three events
 * with no participants).
 */
import { readListEstimates } from '../../src/entry/graphql/limits/list-estimates';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import type { Database } from '../../src/entry/service/database';
import { API_SCENARIO } from '../fixtures/api-scenario';
import { authHeader, clearGraph, gql, openTestDatabase, startTestService } from '../support/service';

jest.setTimeout(120_000);

const cite = [{ source: 'src:t-report', locator: 'para. 7', credibility: 2 }];
const RAIDS = [1, 2, 3, 4, 5, 6, 7];
/** Three witnesses at every raid: five participants an event where there were two. */
const WITNESSES: RecordV1[] = [
  ...[1, 2, 3].map<RecordV1>((k) => ({ type: 'Person', id: `person:t-witness-${k}`, name: `Witness ${k}`, protection: 'NONE', sources: cite })),
  ...RAIDS.flatMap((i) =>
    [1, 2, 3].map<RecordV1>((k) => ({ type: 'Participation', id: `part:t-raid-${i}-witness-${k}`, actor: `person:t-witness-${k}`, event: `event:t-raid-${i}`, role: 'WITNESS', sources: cite })),
  ),
];

const load = (db: Database, records: RecordV1[]) =>
  loadRecords(
    db.graph,
    records.map((record, i) => ({ line: i + 1, record })),
  );

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await load(db, API_SCENARIO);
});
afterAll(() => db?.close());

it('reads the 90th percentile of each list from the database, rounded up and at least 1', async () => {
  // The percentile by nearest rank: of n lengths in order, the one at position ceil(0.9 × n).
  expect(await readListEstimates(db.graph)).toEqual({
    // 10 events: 7 raids and the trial with 2 participants, 2 events with none: the 9th is 2.
    participantsPerEvent: 2,
    eventLinksPerEvent: 1,
    unitsPerEvent: 1,
    // 4 persons: 0, 0, 1 and the victim's 8.
    participationsPerPerson: 8,
    postingsPerPerson: 1,
    commandPostingsPerPerson: 1,
    participationsPerOrganization: 7,
    membersPerOrganization: 2,
    // The unit's commander was replaced: two command postings, one at a time.
    commandersPerOrganization: 1,
    parentsPerOrganization: 1,
    childrenPerOrganization: 1,
    // The unit's 2 postings, 1 subordination and 7 participations.
    factsPerEntity: 10,
    citationsPerFact: 1,
    citationsPerEntity: 1,
    contradictionsPerRecord: 1,
    linksPerEntity: 8,
    eventsPerPlace: 4,
    elementsPerProvision: 1,
    eventsPerAllegation: 1,
    allegations: 1,
    allegationsPerParty: 1,
    // "Test" names 3 entities; "raid" 8, but most words name 1 or 2.
    searchHits: 3,
    // RAID, THREAT, TRIAL; 8 months and 2 years (and undated); 1 perpetrator organisation, 1 group, 2 countries (and none).
    bucketsByEventType: 3,
    bucketsByMonth: 9,
    bucketsByYear: 3,
    bucketsByOrganization: 2,
    bucketsByTargetedGroup: 2,
    bucketsByCountry: 3,
  });
});

it('reads them again in the background while the service runs, and costs the next request with them', async () => {
  // A limit of 1 refuses everything, and the refusal says what the request cost.
  const service = await startTestService({ GRAPHQL_COST_REFRESH_SECONDS: '1', GRAPHQL_MAX_COST: '1' });
  try {
    const auth = await authHeader(service, ['analyst']);
    const cost = async () => (await gql(service.url, '{ event(id: "event:t-raid-1") { participants { id } } }', {}, auth)).body.errors![0]!.extensions!.value;
    // event 1 + participants (1 + 2 participants an event × id 1)
    expect(await cost()).toBe(4);
    await load(db, WITNESSES);
    await eventually(async () => service.costEstimates.current.participantsPerEvent === 5, 15_000);
    expect(await cost()).toBe(1 + (1 + 5));
  } finally {
    await service.close();
  }
});
