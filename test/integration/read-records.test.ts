/**
 * Reading records back from the real Neo4j: the whole seed dataset round-trips exactly (every
 * record read back deep-equals the parsed seed record, and re-loading what was read changes
 * nothing), in one database round trip however many ids are asked for.
 */
import { isDeepStrictEqual } from 'node:util';
import { loadRecords } from '../../src/domain/writes/load-records';
import { readRecords, withoutNulls } from '../../src/storage/records/read';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { readSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import type { NumberedRecord } from '../../src/storage/records/validate';
import { clearGraph, openTestDatabase } from '../support/service';

jest.setTimeout(180_000);

let db: Database;
let seed: NumberedRecord[];

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  seed = await readSeed();
  await loadRecords(db.graph, seed);
});
afterAll(() => db.close());

describe('readRecords', () => {
  it('reads every seed record back exactly as parsed from the seed files, in one round trip', async () => {
    const ids = seed.map((s) => s.record.id);
    const counter = { count: 0 };
    const read = await readRecords(db.graph.withCounter(counter), ids);
    expect(counter.count).toBe(1);
    expect([...read.keys()]).toEqual(ids);
    const mismatches = seed.filter(({ record }) => !isDeepStrictEqual(read.get(record.id), withoutNulls(record)));
    // Shown in full when anything differs, one record at a time.
    for (const { record } of mismatches.slice(0, 3)) expect(read.get(record.id)).toStrictEqual(withoutNulls(record));
    expect(mismatches).toHaveLength(0);
    // The seed exercises what reading back has to get right.
    const types = new Set(seed.map((s) => s.record.type));
    expect(types.size).toBe(12);
    expect(seed.some(({ record }) => record.type === 'LegalProvision' && record.elements.length > 1)).toBe(true);
    expect(seed.some(({ record }) => 'sources' in record && record.sources.length > 1)).toBe(true);
  });

  it('gives records that re-load as unchanged (equal hashes)', async () => {
    const read = await readRecords(
      db.graph,
      seed.map((s) => s.record.id),
    );
    const summary = await loadRecords(
      db.graph,
      [...read.values()].map((record, i) => ({ line: i + 1, record })),
    );
    for (const outcome of Object.values(summary)) expect(outcome).toEqual({ created: 0, updated: 0, unchanged: expect.any(Number) });
  });

  it('leaves out ids that are not stored, and returns nothing for no ids without asking the database', async () => {
    const counter = { count: 0 };
    const graph = db.graph.withCounter(counter);
    const first = seed[0]!.record.id;
    const read = await readRecords(graph, ['none:such', first, first]);
    expect([...read.keys()]).toEqual([first]);
    expect(await readRecords(graph, [])).toEqual(new Map());
    expect(counter.count).toBe(1);
  });

  it('reads inside a transaction too (before images for audit)', async () => {
    const first = seed[0]!.record;
    const read = await db.graph.readTransaction((tx) => readRecords(tx, [first.id]));
    expect(read.get(first.id)).toStrictEqual(withoutNulls(first));
  });

  it('keeps a record written with null fields as the same record without them', async () => {
    const source = seed.find((s) => s.record.type === 'Source')!.record;
    const record: RecordV1 = {
      type: 'Event',
      id: 'event:r-nulls',
      eventType: 'OTHER',
      title: 'Null dates',
      startDate: null,
      endDate: null,
      sources: [{ source: source.id, locator: 'para. 1', credibility: 2 }],
    };
    await loadRecords(db.graph, [{ line: 1, record }]);
    const read = await readRecords(db.graph, [record.id]);
    expect(read.get(record.id)).toStrictEqual({ type: 'Event', id: 'event:r-nulls', eventType: 'OTHER', title: 'Null dates', sources: [{ source: source.id, locator: 'para. 1', credibility: 2 }] });
  });
});
