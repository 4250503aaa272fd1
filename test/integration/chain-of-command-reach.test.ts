/**
 * The upward walk reads everything it can follow in one query (chain/event-chain,
 * chain/command-closure-up): a breadth-first closure to the depth asked. On a ladder of
 * rival accounts 24 levels high (every level has two organisations, each under both of the level
 * above: 2^24 paths from the bottom), it must expand each organisation once, stop exactly at the
 * depth asked (20 at most), and still cost one round trip.
 */
import { chainOfCommand, organizationChart, superiorResponsibility, type ChainOfCommand } from '../../src/domain/chain-of-command';
import { MAX_DEPTH } from '../../src/domain/chain-of-command/options';
import { migrate } from '../../src/storage/db/migrations';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import type { Database } from '../../src/entry/service/database';
import { clearGraph, openTestDatabase } from '../support/service';

const HEIGHT = 24;
const sources = [{ source: 'src:r-un', locator: 'para. 1', credibility: 1 as const }];
const at = (level: number, side: 'a' | 'b') => `org:r-${side}${level}`;

function ladder(): RecordV1[] {
  const records: RecordV1[] = [{ type: 'Source', id: 'src:r-un', title: 'UN report (ladder)', kind: 'UN_REPORT', reliability: 'A', confidentiality: 'PUBLIC' }];
  for (let level = 0; level <= HEIGHT; level++) {
    for (const side of ['a', 'b'] as const) {
      records.push({ type: 'Organization', id: at(level, side), name: `Rung ${level}${side}`, kind: 'UNIT', country: 'BY', sources });
      if (level === HEIGHT) continue;
      for (const above of ['a', 'b'] as const) {
        records.push({ type: 'Subordination', id: `sub:r-${side}${level}-${above}${level + 1}`, child: at(level, side), parent: at(level + 1, above), classification: 'COMMAND', sources });
      }
    }
    // A commander on every rung's `a` side, so the depth bound shows in who is reached.
    records.push({ type: 'Person', id: `person:r-${level}`, name: `Commander ${level}`, protection: 'NONE', sources });
    records.push({ type: 'Posting', id: `post:r-${level}`, person: `person:r-${level}`, organization: at(level, 'a'), role: 'COMMANDER', startDate: '2020-01-01', sources });
  }
  records.push({ type: 'Event', id: 'event:r-raid', eventType: 'RAID', title: 'Raid at the bottom of the ladder', startDate: '2021-05-20', sources });
  records.push({ type: 'Participation', id: 'part:r-raid', event: 'event:r-raid', actor: at(0, 'a'), role: 'DIRECTLY_PERPETRATED', sources });
  return [...records, ...loop()];
}

/** A plain chain of 11 units whose top (level 10) is also put under level 3: a cycle closed just past the default depth. */
const inLoop = (level: number) => `org:r-loop${level}`;
function loop(): RecordV1[] {
  const records: RecordV1[] = [];
  for (let level = 0; level <= 10; level++) {
    records.push({ type: 'Organization', id: inLoop(level), name: `Loop ${level}`, kind: 'UNIT', country: 'BY', sources });
    if (level > 0) records.push({ type: 'Subordination', id: `sub:r-loop${level - 1}`, child: inLoop(level - 1), parent: inLoop(level), classification: 'COMMAND', sources });
  }
  records.push({ type: 'Subordination', id: 'sub:r-loop-back', child: inLoop(10), parent: inLoop(3), classification: 'COMMAND', sources });
  records.push({ type: 'Event', id: 'event:r-loop', eventType: 'RAID', title: 'Raid at the bottom of the loop', startDate: '2021-05-20', sources });
  records.push({ type: 'Participation', id: 'part:r-loop', event: 'event:r-loop', actor: inLoop(0), role: 'DIRECTLY_PERPETRATED', sources });
  return records;
}

const levelIds = (levels: ChainOfCommand['levels']) => levels.map((l) => l.organizations.map((o) => o.organizationId).sort());
const expected = (depth: number) => Array.from({ length: depth + 1 }, (_, level) => (level === 0 ? [at(0, 'a')] : [at(level, 'a'), at(level, 'b')]));

describe('chain of command: the upward closure in one query', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase();
    await migrate(db.graph, db.migrations);
    await clearGraph(db);
    await loadRecords(
      db.graph,
      ladder().map((record, i) => ({ line: i + 1, record })),
    );
  });
  afterAll(() => db.close());

  it(`walks ${MAX_DEPTH} levels of 2^${HEIGHT} paths in one round trip, each organisation once, and stops at the depth`, async () => {
    const counter = { count: 0 };
    const chain = await chainOfCommand(db.graph.withCounter(counter), 'event:r-raid', { depth: MAX_DEPTH });
    expect(counter.count).toBe(1);
    expect(levelIds(chain.levels)).toEqual(expected(MAX_DEPTH));
    expect(chain.depthLimited).toBe(true);
    // Four links between consecutive rungs (two from the bottom rung's one organisation).
    expect(chain.links).toHaveLength(2 + 4 * (MAX_DEPTH - 1));
    expect(chain.cycles).toEqual([]);
    const commanders = chain.levels.flatMap((l) => l.organizations.flatMap((o) => o.commanders.map((c) => c.personId)));
    expect(commanders).toEqual(Array.from({ length: MAX_DEPTH + 1 }, (_, level) => `person:r-${level}`));
  });

  it('the default depth (10) and a small one stop where asked', async () => {
    const chain = await chainOfCommand(db.graph, 'event:r-raid');
    expect(levelIds(chain.levels)).toEqual(expected(10));
    expect(chain.depthLimited).toBe(true);
    expect(levelIds((await chainOfCommand(db.graph, 'event:r-raid', { depth: 0 })).levels)).toEqual([[at(0, 'a')]]);
  });

  it('every depth walks exactly that far, whichever of the two unrolled queries it takes (10 levels up to the default depth, 20 beyond)', async () => {
    for (const depth of [1, 9, 10, 11, 12, 19]) {
      const chain = await chainOfCommand(db.graph, 'event:r-raid', { depth });
      expect(levelIds(chain.levels)).toEqual(expected(depth));
      expect(chain.links).toHaveLength(2 + 4 * (depth - 1));
      expect(chain.depthLimited).toBe(true);
      const chart = await organizationChart(db.graph, at(0, 'a'), '2021-05-20', 'UP', depth);
      expect(levelIds(chart.levels)).toEqual(expected(depth));
    }
  });

  it('a cycle closed by a link just past the depth is found with either query', async () => {
    for (const depth of [10, 11]) {
      const chain = await chainOfCommand(db.graph, 'event:r-loop', { depth });
      expect(chain.levels).toHaveLength(11);
      expect(chain.depthLimited).toBe(false);
      expect(chain.cycles).toHaveLength(1);
      expect(chain.links.find((l) => l.subordinationId === 'sub:r-loop-back')).toEqual(expect.objectContaining({ closesCycle: true }));
    }
    // One level short of the top: the link back is never reached, and the walk says it stopped.
    const short = await chainOfCommand(db.graph, 'event:r-loop', { depth: 9 });
    expect(short.cycles).toEqual([]);
    expect(short.depthLimited).toBe(true);
  });

  it('superior responsibility lists the commander of every rung reached', async () => {
    const sr = await superiorResponsibility(db.graph, 'event:r-raid', { depth: 3 });
    expect(sr.candidates.map((c) => c.personId).sort()).toEqual(['person:r-0', 'person:r-1', 'person:r-2', 'person:r-3']);
  });

  it('an organisation chart upward reads the closure in one query; downward one per level', async () => {
    const up = { count: 0 };
    const chart = await organizationChart(db.graph.withCounter(up), at(0, 'a'), '2021-05-20', 'UP', MAX_DEPTH);
    expect(up.count).toBe(1);
    expect(levelIds(chart.levels)).toEqual(expected(MAX_DEPTH));
    const down = await organizationChart(db.graph, at(HEIGHT, 'a'), '2021-05-20', 'DOWN', 2);
    expect(levelIds(down.levels)).toEqual([[at(HEIGHT, 'a')], [at(HEIGHT - 1, 'a'), at(HEIGHT - 1, 'b')], [at(HEIGHT - 2, 'a'), at(HEIGHT - 2, 'b')]]);
    // Before the postings began, no commanders; an unknown organisation is reported as such.
    const early = await organizationChart(db.graph, at(0, 'a'), '2019-05-20', 'UP', 2);
    expect(early.levels.flatMap((l) => l.organizations.flatMap((o) => o.commanders))).toEqual([]);
    await expect(organizationChart(db.graph, 'org:r-nope', '2021', 'UP', 2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
