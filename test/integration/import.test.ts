/**
 * Bulk import against the real Neo4j: every kind of bad line reported and nothing written; dry
 * runs; skip-invalid with a reject file; importing twice changes nothing; an import killed with
 * SIGKILL leaves whole batches only and, re-run, completes to the same graph as a clean import.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReader } from '../../src/domain/import/formats';
import type { FormatReader } from '../../src/domain/import/formats/types';
import { runImport, type ImportOptions } from '../../src/domain/import/pipeline';
import { WRITE_TIERS } from '../../src/domain/import/tiers';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { formatProblem } from '../../src/storage/records/validate';
import type { Database } from '../../src/entry/service/database';
import { API_SCENARIO } from '../fixtures/api-scenario';
import { execute } from '../support/execute';
import { dumpGraph } from '../support/graph-dump';
import { clearGraph, openTestDatabase } from '../support/service';

jest.setTimeout(180_000);

let db: Database;
const dir = mkdtempSync(join(tmpdir(), 'eg-import-'));
const file = (name: string, lines: (string | object)[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
};
const recordCount = async () => (await db.graph.read<{ count: number }>('records/count'))[0]!.count;
async function importFile(path: string, opts: Partial<ImportOptions> = {}) {
  const { reader, format } = await openReader(path, 'auto', {});
  return runImport(db.graph, reader, { file: path, format, ...opts });
}

beforeAll(async () => {
  db = await openTestDatabase();
});
beforeEach(() => clearGraph(db));
afterAll(() => db.close());

const cite = [{ source: 'src:t-report', locator: 'para. 1', credibility: 2 }];
const SOURCE = API_SCENARIO[0]!;

describe('validation before writing', () => {
  it('reports every bad line with its number, field and reason, and writes nothing', async () => {
    const path = file('bad.jsonl', [
      SOURCE,
      '{"type":"Person","id":"person:a","name":"A"', // 2: JSON
      { type: 'Witness', id: 'person:b' }, // 3: unknown type
      { type: 'Person', id: 'person:c', name: 'C', sources: [] }, // 4: no citation
      { type: 'Event', id: 'event:d', eventType: 'RAID', title: 'D', startDate: '2021-02-30', sources: cite }, // 5: bad date
      { type: 'Participation', id: 'part:e', actor: 'person:nobody', event: 'event:d', role: 'VICTIM', sources: cite }, // 6: unknown ref
      { type: 'Person', id: 'person:f', name: 'F', sources: cite },
      { type: 'Posting', id: 'post:g', person: 'person:f', organization: 'person:f', role: 'HEAD', sources: cite }, // 8: wrong type
      { type: 'Person', id: 'person:f', name: 'F again', sources: cite }, // 9: duplicate
      { type: 'Organization', id: 'org:h', name: 'H', kind: 'UNIT', colour: 'red', sources: cite }, // 10: unknown field
      { type: 'Organization', id: 'org:i', name: 'I', kind: 'UNIT', sources: cite },
      { type: 'Subordination', id: 'sub:j', child: 'org:i', parent: 'org:i', classification: 'COMMAND', startDate: '2021', endDate: '2020', sources: cite }, // 12: end before start
    ]);
    const report = await importFile(path);
    expect(report.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^line 2: not valid JSON/),
      expect.stringMatching(/^line 3, Witness person:b: type: "Witness" is not a record type/),
      'line 4, Person person:c: sources: must cite at least one source',
      'line 5, Event event:d: startDate: "2021-02-30" has day 30: 2021-02 has days 01 to 28',
      'line 6, Participation part:e: actor: refers to unknown Person or Organization "person:nobody"',
      'line 6, Participation part:e: event: refers to "event:d", which is on line 5 but rejected',
      'line 8, Posting post:g: organization: refers to "person:f", a Person; expected Organization',
      'line 9, Person person:f: id: duplicate id: already used on line 7',
      'line 10, Organization org:h: Unrecognized key: "colour"',
      'line 12, Subordination sub:j: endDate: 2020 is before startDate 2021',
    ]);
    expect(report.rejectedLines).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 12]);
    expect(report.written).toBe(false);
    expect(await recordCount()).toBe(0);
  });

  it('writes nothing on a dry run of a valid file', async () => {
    const report = await importFile(file('ok.jsonl', API_SCENARIO), { dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report.dryRun).toBe(true);
    expect(await recordCount()).toBe(0);
  });

  it('with skip-invalid, writes the valid lines, rejects dependents of rejected ones, and the fixed rejects import', async () => {
    const bad = { type: 'Person', id: 'person:bad', name: 'Bad', sources: cite, birthDate: '1970-13' };
    const dependent = { type: 'Posting', id: 'post:dep', person: 'person:bad', organization: 'org:t-unit', role: 'OFFICER', sources: cite };
    const path = file('mixed.jsonl', [...API_SCENARIO, bad, dependent]);
    const rejects = join(dir, 'mixed.rejects.jsonl');
    const report = await importFile(path, { skipInvalid: true, rejectFile: rejects });
    expect(report.problems.map(formatProblem)).toEqual([
      'line 43, Person person:bad: birthDate: "1970-13" has month 13: months run 01 to 12',
      'line 44, Posting post:dep: person: refers to "person:bad", which is on line 43 but rejected',
    ]);
    expect(report.written).toBe(true);
    expect(report.rejectedByType).toEqual({ Person: 1, Posting: 1 });
    expect(await recordCount()).toBe(API_SCENARIO.length);
    expect(
      readFileSync(rejects, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['person:bad', 'post:dep']);

    writeFileSync(rejects, readFileSync(rejects, 'utf8').replace('1970-13', '1970-12'));
    const fixed = await importFile(rejects);
    expect(fixed.problems).toEqual([]);
    expect(fixed.summary).toEqual({ Person: { created: 1, updated: 0, unchanged: 0 }, Posting: { created: 1, updated: 0, unchanged: 0 } });
  });
});

describe('writing', () => {
  it('imports a file twice: the second run changes nothing', async () => {
    const path = file('scenario.jsonl', API_SCENARIO);
    const first = await importFile(path, { batchSize: 7 });
    expect(first.summary.Event).toEqual({ created: 9, updated: 0, unchanged: 0 });
    const after = await dumpGraph(db.graph);
    const second = await importFile(path, { batchSize: 7 });
    expect(Object.values(second.summary).every((o) => o.created === 0 && o.updated === 0)).toBe(true);
    expect(second.summary.Participation!.unchanged).toBe(16);
    expect(await dumpGraph(db.graph)).toEqual(after);
  });

  it("reads each record into an object three times (the schemas, the references, its tier's write), and once more if it contradicts others", async () => {
    const path = file('counted.jsonl', API_SCENARIO);
    const { reader } = await openReader(path, 'jsonl', {});
    const reads = new Map<number, number>();
    const counting: FormatReader = {
      notes: () => reader.notes(),
      async *items(wanted) {
        for await (const item of reader.items(wanted)) {
          reads.set(item.line, (reads.get(item.line) ?? 0) + 1);
          yield item;
        }
      },
    };
    const report = await runImport(db.graph, counting, { file: path, format: 'jsonl', batchSize: 7 });
    expect(report.written).toBe(true);
    expect(reads.size).toBe(API_SCENARIO.length);
    const contradicting = (r: object) => 'contradicts' in r && Array.isArray(r.contradicts) && r.contradicts.length > 0;
    expect(API_SCENARIO.some(contradicting)).toBe(true);
    expect(API_SCENARIO.map((_, i) => reads.get(i + 1))).toEqual(API_SCENARIO.map((r) => (contradicting(r) ? 4 : 3)));
  });

  it('links records to ones later in the file (writes in dependency order)', async () => {
    const reversed = [...API_SCENARIO].reverse();
    const report = await importFile(file('reversed.jsonl', reversed), { batchSize: 5 });
    expect(report.problems).toEqual([]);
    const direct = await dumpGraph(db.graph);
    await clearGraph(db);
    await importFile(file('forward.jsonl', API_SCENARIO));
    expect(direct).toEqual(await dumpGraph(db.graph));
  });
});

describe('an import killed mid-way', () => {
  const BATCH = 40;
  const records: RecordV1[] = [SOURCE];
  for (let i = 0; i < 1500; i++) {
    records.push({ type: 'Person', id: `person:k${i}`, name: `Person ${i}`, protection: 'NONE', sources: cite });
    records.push({ type: 'Event', id: `event:k${i}`, eventType: 'ARREST', title: `Arrest ${i}`, startDate: '2021-05-01', sources: cite });
    records.push({
      type: 'Participation',
      id: `part:k${i}`,
      actor: `person:k${i}`,
      event: `event:k${i}`,
      role: 'VICTIM',
      sources: cite,
      ...(i % 100 === 1 ? { contradicts: [`part:k${i - 1}`] } : {}),
    });
  }

  /** Record counts at which a run may stop: after whole batches, tier by tier. */
  function batchBoundaries(): Set<number> {
    const bounds = new Set([0]);
    let total = 0;
    for (const tier of WRITE_TIERS) {
      const n = records.filter((r) => tier.includes(r.type)).length;
      for (let done = 0; done < n; done += BATCH) bounds.add((total += Math.min(BATCH, n - done)));
    }
    return bounds;
  }

  it('leaves whole batches only, and re-run completes it to the same graph as a clean import', async () => {
    const path = file('big.jsonl', records);
    const cli = spawn(process.execPath, ['--import', 'tsx', 'src/entry/cli.ts', 'import', path, '--batch-size', String(BATCH)], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => cli.once('exit', resolve));
    // Kill it once a few batches of events have committed, well before the end.
    for (let i = 0; i < 600; i++) {
      const [row] = await db.graph.runText<{ done: number | null }>('OPTIONAL MATCH (i:_Import) RETURN max(i.batchesDone) AS done', {}, 'READ');
      if ((row?.done ?? 0) >= 45) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    cli.kill('SIGKILL');
    await exited;
    const [cp] = await db.graph.runText<{ done: number; batches: number }>('MATCH (i:_Import) RETURN i.batchesDone AS done, i.batches AS batches', {}, 'READ');
    expect(cp!.done).toBeGreaterThanOrEqual(45);
    expect(cp!.done).toBeLessThan(cp!.batches);
    expect(batchBoundaries().has(await recordCount())).toBe(true);

    const resumed = await importFile(path, { batchSize: BATCH });
    expect(resumed.resumedBatches).toBeGreaterThanOrEqual(cp!.done);
    expect(await recordCount()).toBe(records.length);
    const afterResume = await dumpGraph(db.graph);

    await clearGraph(db);
    await importFile(path, { batchSize: BATCH });
    expect(afterResume).toEqual(await dumpGraph(db.graph));
  });
});

describe('importRecords (GraphQL)', () => {
  const IMPORT = `mutation($records: [JSON!]!, $dryRun: Boolean, $skipInvalid: Boolean) {
    importRecords(records: $records, dryRun: $dryRun, skipInvalid: $skipInvalid) {
      records written dryRun rejectedLines problems { code line field message } summary { recordType created updated unchanged rejected } } }`;

  it('reports problems by position and writes nothing, like the CLI', async () => {
    const r = await execute<any>(db.graph, IMPORT, { records: [SOURCE, { type: 'Person', id: 'person:x', name: 'X', sources: [] }] });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importRecords).toEqual({
      records: 2,
      written: false,
      dryRun: false,
      rejectedLines: [2],
      problems: [{ code: 'VALIDATION_FAILED', line: 2, field: 'person:x: sources', message: 'must cite at least one source' }],
      summary: [{ recordType: 'Person', created: 0, updated: 0, unchanged: 0, rejected: 1 }],
    });
    expect(await recordCount()).toBe(0);
  });

  it('imports valid records, and again without changes', async () => {
    const first = await execute<any>(db.graph, IMPORT, { records: API_SCENARIO });
    expect(first.data!.importRecords.written).toBe(true);
    expect(first.data!.importRecords.summary).toContainEqual({ recordType: 'Event', created: 9, updated: 0, unchanged: 0, rejected: 0 });
    const again = await execute<any>(db.graph, IMPORT, { records: API_SCENARIO });
    expect(again.data!.importRecords.summary).toContainEqual({ recordType: 'Event', created: 0, updated: 0, unchanged: 9, rejected: 0 });
  });

  it('refuses more records than a call may carry', async () => {
    const r = await execute<any>(db.graph, IMPORT, { records: Array.from({ length: 10_001 }, () => ({})) });
    expect(r.errors![0]!.extensions!.code).toBe('LIMIT_EXCEEDED');
  });
});
