/**
 * The records v1 export re-imports: export everything (cleared) → import into an EMPTY
 * database with the bulk import pipeline → the same graph, node for node and relationship for
 * relationship (test/support/graph-dump.ts). A partial selection imports on its own too (the
 * closure brings every reference and source), and so does an uncleared, redacted export.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Viewer } from '../../src/domain/auth/permissions';
import { runExport, type ExportSelection } from '../../src/domain/exports';
import { openReader } from '../../src/domain/import/formats';
import { runImport } from '../../src/domain/import/pipeline';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { loadSeed, readSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { PROTECTED_WORDS, PROTECTION_SCENARIO, VICTIM_IDS } from '../fixtures/protection-scenario';
import { dumpGraph } from '../support/graph-dump';
import { clearGraph, openTestDatabase } from '../support/service';

const CLEARED: Viewer = { id: 'test:referral', roles: ['referral'], cleared: true };
const UNCLEARED: Viewer = { id: 'test:referral', roles: ['referral'], cleared: false };

/** Rival accounts (the seed has none): the contradiction must survive the round trip. */
const RIVALS: RecordV1[] = [
  {
    type: 'Participation',
    id: 'part:rt-kgb-rival',
    actor: 'org:kgb',
    event: 'event:2025-09-11-passport-seizures',
    role: 'AIDED',
    sources: [{ source: 'src:un-sr-2022', locator: 'para. 1', credibility: 5 }],
  },
  {
    type: 'Participation',
    id: 'part:rt-kgb-rival-2',
    actor: 'org:kgb',
    event: 'event:2025-09-11-passport-seizures',
    role: 'ORDERED',
    contradicts: ['part:rt-kgb-rival'],
    sources: [{ source: 'src:un-sr-2022', locator: 'para. 2', credibility: 4 }],
  },
];

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'export-round-trip-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

async function exportTo(name: string, selection: ExportSelection, viewer: Viewer) {
  const out = join(dir, name);
  const result = await runExport(db.graph, { selection, format: 'records', out }, viewer, { sourcesDir: dir });
  return { out, result };
}

async function importInto(file: string) {
  await clearGraph(db);
  const { reader, format } = await openReader(file, 'auto');
  return runImport(db.graph, reader, { file, format, actor: 'test:import' });
}

describe('records v1 round trip', () => {
  it('export all (cleared) → import into an empty database → the same graph', async () => {
    await clearGraph(db);
    await loadSeed(db.graph);
    await loadRecords(
      db.graph,
      RIVALS.map((record, i) => ({ line: i + 1, record })),
    );
    const before = await dumpGraph(db.graph);
    const { out, result } = await exportTo('all.jsonl', { by: 'all' }, CLEARED);
    expect(result.counts.records).toBe((await readSeed()).length + RIVALS.length);
    // What records v1 adds beside a quote travels too: the dataset's translation, and a page's lines of a shared file.
    const exported = readFileSync(out, 'utf8');
    expect(exported).toContain('"translation":"The subordination of the state security bodies exclusively to the President of Belarus is provided for","translationBy":"DATASET"');
    expect(exported).toContain('"fileLines":"9-11"');
    expect(exported).toContain('"translationStatus":"UNOFFICIAL"');

    const report = await importInto(out);
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    expect(await dumpGraph(db.graph)).toEqual(before);

    // And once more: the re-imported graph exports byte for byte the same file.
    const again = await exportTo('all-again.jsonl', { by: 'all' }, CLEARED);
    expect(again.result.sha256).toBe(result.sha256);
    expect(readFileSync(again.out)).toEqual(readFileSync(out));
  });

  it.each<[string, ExportSelection]>([
    ['seeds', { by: 'seeds', ids: ['org:kgb'], hops: 2 }],
    ['event', { by: 'event', event: 'event:2025-09-11-passport-seizures' }],
    ['allegation', { by: 'allegation', allegation: 'alg:kgb-deportation-2025-09-11' }],
  ])('a %s selection imports into an empty database on its own, as the same records', async (name, selection) => {
    await clearGraph(db);
    await loadSeed(db.graph);
    await loadRecords(
      db.graph,
      RIVALS.map((record, i) => ({ line: i + 1, record })),
    );
    const { out, result } = await exportTo(`${name}.jsonl`, selection, CLEARED);
    expect(result.counts.records).toBeGreaterThan(3);
    const report = await importInto(out);
    expect(report.problems).toEqual([]);
    expect(report.records).toBe(result.counts.records);
    const again = await exportTo(`${name}-again.jsonl`, { by: 'all' }, CLEARED);
    // Everything exported came back, nothing else: the same records in the same order.
    expect(readFileSync(again.out, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it("the seed's 11 September 2025 passport seizures: the event, its victims, and the KGB behind it", async () => {
    await clearGraph(db);
    await loadSeed(db.graph);
    const { out } = await exportTo('sept-11.jsonl', { by: 'event', event: 'event:2025-09-11-passport-seizures' }, CLEARED);
    const records = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as RecordV1);
    const ids = records.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['event:2025-09-11-passport-seizures', 'org:kgb', 'person:mikalai-dziadok', 'src:tsikhanouskaya-2025-09-12']));
    expect(records.filter((r) => r.type === 'Participation').length).toBeGreaterThan(1);
    expect(records[0]!.type).toBe('Source');
  });

  it('an uncleared export re-imports without validation errors, and holds nothing protected', async () => {
    await clearGraph(db);
    await loadRecords(
      db.graph,
      PROTECTION_SCENARIO.map((record, i) => ({ line: i + 1, record })),
    );
    const { out, result } = await exportTo('uncleared.jsonl', { by: 'all' }, UNCLEARED);
    const report = await importInto(out);
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    expect(report.records).toBe(result.counts.records);
    const text = JSON.stringify(await dumpGraph(db.graph)).toLowerCase();
    for (const word of PROTECTED_WORDS) expect(text).not.toContain(word);
    for (const id of VICTIM_IDS) expect(text).not.toContain(`"${id}"`);
  });
});
