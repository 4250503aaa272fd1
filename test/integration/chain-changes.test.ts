/**
 * When a chain of command or an organisation chart changes (chainOfCommandChanges,
 * organizationChartChanges), on the hand-made scenario: a commander replaced on 15 April 2021, a
 * unit moved from one parent to another on 1 March 2021, postings known only by year or month.
 */
import { loadRecords } from '../../src/domain/writes/load-records';
import type { Database } from '../../src/entry/service/database';
import { CHAIN_SCENARIO } from '../fixtures/chain-of-command-scenario';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';

let db: Database;
const q = (query: string, variables: Record<string, unknown> = {}) => execute<any>(db.graph, query, variables);

const CHAIN_CHANGES = `query($event: ID!, $minGrade: Grade, $depth: Int) {
  chainOfCommandChanges(eventId: $event, minGrade: $minGrade, depth: $depth) { dates boundaries { factId kind boundary date earliest latest summary } } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    CHAIN_SCENARIO.map((record, i) => ({ line: i + 1, record })),
  );
});
afterAll(() => db.close());

describe('chainOfCommandChanges', () => {
  it("lists where May's raid's chain changes: the unit moved, the commander replaced, partial dates as ranges", async () => {
    const r = await q(CHAIN_CHANGES, { event: 'event:c-raid-may' });
    expect(r.errors).toBeUndefined();
    const changes = r.data.chainOfCommandChanges;
    expect(changes.boundaries).toEqual([
      { factId: 'post:c-old-commander', kind: 'POSTING', boundary: 'START', date: '2019-01-01', earliest: '2019-01-01', latest: '2019-01-01', summary: 'Oleg Old: COMMANDER of Riot unit' },
      {
        factId: 'post:c-minister',
        kind: 'POSTING',
        boundary: 'START',
        date: '2019-06',
        earliest: '2019-06-01',
        latest: '2019-06-30',
        summary: 'Mikhail Minister: HEAD of Ministry of the Interior (test)',
      },
      { factId: 'post:c-regional-head', kind: 'POSTING', boundary: 'START', date: '2020-01-01', earliest: '2020-01-01', latest: '2020-01-01', summary: 'Roman Regional: HEAD of Regional department' },
      { factId: 'sub:c-riot-city', kind: 'SUBORDINATION', boundary: 'END', date: '2021-02-28', earliest: '2021-02-28', latest: '2021-02-28', summary: 'Riot unit under City department' },
      { factId: 'sub:c-riot-regional', kind: 'SUBORDINATION', boundary: 'START', date: '2021-03-01', earliest: '2021-03-01', latest: '2021-03-01', summary: 'Riot unit under Regional department' },
      { factId: 'post:c-old-commander', kind: 'POSTING', boundary: 'END', date: '2021-04-14', earliest: '2021-04-14', latest: '2021-04-14', summary: 'Oleg Old: COMMANDER of Riot unit' },
      { factId: 'post:c-new-commander', kind: 'POSTING', boundary: 'START', date: '2021-04-15', earliest: '2021-04-15', latest: '2021-04-15', summary: 'Nikolai New: COMMANDER of Riot unit' },
    ]);
    // The day after an end, a start's first day; a month-long start both its first and its last day.
    expect(changes.dates).toEqual(['2019-01-01', '2019-06-01', '2019-06-30', '2020-01-01', '2021-03-01', '2021-04-15']);
  });

  it('the chain differs on each side of a change date, and not between two', async () => {
    const chainAt = async (at: string) => {
      const r = await q(`{ chainOfCommand(eventId: "event:c-raid-may", at: "${at}") { levels { organizations { organization { id } commanders { person { name } } } } } }`);
      return JSON.stringify(r.data.chainOfCommand);
    };
    expect(await chainAt('2021-04-14')).not.toEqual(await chainAt('2021-04-15'));
    expect(await chainAt('2021-02-28')).not.toEqual(await chainAt('2021-03-01'));
    expect(await chainAt('2021-03-01')).toEqual(await chainAt('2021-04-14'));
  });

  it("reaches the unit through a person's posting known only by year: a range", async () => {
    const r = await q(CHAIN_CHANGES, { event: 'event:c-detention-2020' });
    expect(r.data.chainOfCommandChanges.boundaries[0]).toEqual(expect.objectContaining({ factId: 'post:c-old-commander', boundary: 'START' }));
    expect(r.data.chainOfCommandChanges.boundaries).toContainEqual(
      expect.objectContaining({ factId: 'post:c-officer', boundary: 'START', date: '2020', earliest: '2020-01-01', latest: '2020-12-31', summary: 'Pavel Petrov: OFFICER of Riot unit' }),
    );
    expect(r.data.chainOfCommandChanges.dates).toEqual(expect.arrayContaining(['2020-01-01', '2020-12-31']));
  });

  it('bounds the walk by depth and the facts by a minimum grade', async () => {
    const unitOnly = await q(CHAIN_CHANGES, { event: 'event:c-raid-may', depth: 0 });
    expect(unitOnly.data.chainOfCommandChanges.boundaries.map((b: any) => b.factId)).toEqual(['post:c-old-commander', 'post:c-old-commander', 'post:c-new-commander']);
    // The officer's posting is cited B2: below A1 it no longer makes the riot unit his unit.
    const graded = await q(CHAIN_CHANGES, { event: 'event:c-detention-2020', minGrade: 'A1' });
    expect(graded.data.chainOfCommandChanges).toEqual({ dates: [], boundaries: [] });
    const r = await q('{ chainOfCommandChanges(eventId: "event:none") { dates } }');
    expect(r.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('organizationChartChanges', () => {
  it('downward from the ministry: the unit leaves one department for the other', async () => {
    const r = await q('{ organizationChartChanges(organizationId: "org:c-ministry", direction: DOWN) { dates boundaries { factId boundary date } } }');
    expect(r.errors).toBeUndefined();
    const b = r.data.organizationChartChanges.boundaries.map((x: any) => `${x.factId} ${x.boundary} ${x.date}`);
    expect(b).toEqual(expect.arrayContaining(['sub:c-riot-city END 2021-02-28', 'sub:c-riot-regional START 2021-03-01', 'post:c-new-commander START 2021-04-15']));
    const up = await q('{ organizationChartChanges(organizationId: "org:c-riot-unit", depth: 1) { boundaries { factId } } }');
    expect(up.data.organizationChartChanges.boundaries.map((x: any) => x.factId)).toEqual([
      'post:c-old-commander',
      'post:c-regional-head',
      'sub:c-riot-city',
      'sub:c-riot-regional',
      'post:c-old-commander',
      'post:c-new-commander',
    ]);
  });
});
