/**
 * The export job store on the real Neo4j, with two stores standing for two replicas of the
 * service: a job one starts, the other reports; the limit is per replica; only the newest finished
 * jobs are kept, with their folders; a job whose replica stops sending heartbeats becomes FAILED
 * with a message; a replica shutting down fails its own unfinished jobs.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, ErrorCode } from '../../src/foundations/errors';
import { ExportJobStore, outputName, type ExportJob, type ExportJobLimits, type ExportJobWork } from '../../src/domain/exports/jobs';
import type { ExportResult } from '../../src/domain/exports/types';
import type { Database } from '../../src/entry/service/database';
import { openTestDatabase, silentLogger, testConfig } from '../support/service';

let db: Database;
let dir: string;

const what = { format: 'records' as const, selection: { by: 'all' as const } };
const message = (e: unknown) => (e as Error).message;
const LIMITS: ExportJobLimits = { maxRunning: 2, kept: 100, heartbeatMs: 60_000, staleMs: 120_000 };

function replica(limits: Partial<ExportJobLimits> = {}): ExportJobStore {
  const settings = { exportDir: dir, sourcesDir: testConfig().sourcesDir, signing: { mode: 'none' as const } };
  return new ExportJobStore(db.graph, settings, { ...LIMITS, ...limits }, silentLogger);
}

function result(path: string): ExportResult {
  return {
    format: 'records',
    path,
    sha256: 'f'.repeat(64),
    bytes: 1,
    counts: { records: 1, sources: 1, nodes: 0, facts: 0 },
    redaction: { cleared: true, pseudonymised: 0, withheld: 0, recordsOmitted: 0, confidentialSources: 0 },
    notes: ['a note'],
  };
}

/** A job that writes its file and finishes when told to, reporting progress meanwhile. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const work: ExportJobWork = async (d, onProgress) => {
    await mkdir(d, { recursive: true });
    onProgress('writing', 3, 10);
    await opened;
    await writeFile(join(d, 'export.jsonl'), 'x');
    return result(join(d, 'export.jsonl'));
  };
  return { open, work };
}

const immediate: ExportJobWork = async (d) => (await mkdir(d, { recursive: true }), await writeFile(join(d, 'export.jsonl'), 'x'), result(join(d, 'export.jsonl')));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-jobs-'));
  db = await openTestDatabase();
});
beforeEach(() => db.graph.runText('MATCH (j:_ExportJob) DELETE j'));
afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('export jobs kept in the database', () => {
  it('run in the background on one replica and are reported by another: DONE with the file and result, or FAILED with why', async () => {
    const a = replica();
    const b = replica();
    const g = gate();
    const ok = await a.start('alice', what, g.work, message);
    expect(ok).toMatchObject({ status: 'RUNNING', owner: 'alice', format: 'records', selection: { by: 'all' }, replica: a.replica });
    expect(ok.finishedAt).toBeUndefined();
    expect(await b.get(ok.id)).toMatchObject({ id: ok.id, status: 'RUNNING', createdAt: ok.createdAt });
    g.open();
    await a.settled(ok.id);
    const done = (await b.get(ok.id))!;
    expect(done).toMatchObject({ status: 'DONE', file: `${ok.id}/export.jsonl`, result: { sha256: 'f'.repeat(64), bytes: 1, counts: { records: 1 }, notes: ['a note'] } });
    expect(done.finishedAt! >= done.createdAt).toBe(true);
    expect(b.pathOf(done)).toBe(join(dir, ok.id, 'export.jsonl'));

    const bad = await a.start(
      'alice',
      what,
      async (d) => {
        await mkdir(d, { recursive: true });
        await writeFile(join(d, 'half'), 'x');
        throw new AppError(ErrorCode.NOT_FOUND, 'no event with id "event:nope"');
      },
      message,
    );
    await a.settled(bad.id);
    expect(await b.get(bad.id)).toMatchObject({ status: 'FAILED', error: 'no event with id "event:nope"', file: undefined, result: undefined });
    await expect(stat(join(dir, bad.id))).rejects.toThrow(/ENOENT/);
    expect(await b.get('no-such-job')).toBeUndefined();
  });

  it('record progress with the heartbeat, which keeps a long job RUNNING past the stale time', async () => {
    const runner = replica({ heartbeatMs: 200 });
    const poller = replica({ staleMs: 1000 });
    const g = gate();
    const job = await runner.start('u', what, g.work, message);
    await sleep(1600);
    expect(await poller.get(job.id)).toMatchObject({ status: 'RUNNING', progress: { phase: 'writing', done: 3, total: 10 } });
    g.open();
    await runner.settled(job.id);
    expect(await poller.get(job.id)).toMatchObject({ status: 'DONE', progress: { phase: 'done' } });
  });

  it('fail a job whose replica stopped sending heartbeats, with a clear message, its folder removed; a late finish changes nothing', async () => {
    // The runner's heartbeat never comes (as if its process had been killed); the poller waits one second.
    const lost = replica({ heartbeatMs: 3_600_000 });
    const poller = replica({ staleMs: 1000 });
    const g = gate();
    const job = await lost.start('u', what, g.work, message);
    expect((await poller.get(job.id))!.status).toBe('RUNNING');
    await sleep(1300);
    const failed = (await poller.get(job.id))!;
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toBe('the export stopped: the service replica running it sent no sign of life for 1 s (it was stopped or lost); start the export again');
    expect(failed.finishedAt).toBeDefined();
    await expect(stat(join(dir, job.id))).rejects.toThrow(/ENOENT/);
    // The lost replica finishes after all: the job stays FAILED and the file it wrote is removed.
    g.open();
    await lost.settled(job.id);
    expect((await poller.get(job.id))!.status).toBe('FAILED');
    await expect(stat(join(dir, job.id))).rejects.toThrow(/ENOENT/);
  });

  it('refuse a job past the running limit of one replica, while another replica still takes one', async () => {
    const a = replica({ maxRunning: 2 });
    const [x, y] = [gate(), gate()];
    const first = await a.start('u', what, x.work, message);
    await a.start('u', what, y.work, message);
    await expect(a.start('u', what, gate().work, message)).rejects.toMatchObject({ code: ErrorCode.LIMIT_EXCEEDED });
    const other = replica({ maxRunning: 2 });
    const z = gate();
    const elsewhere = await other.start('u', what, z.work, message);
    x.open();
    await a.settled(first.id);
    expect(a.runningHere()).toBe(1);
    const w = gate();
    expect((await a.start('u', what, w.work, message)).status).toBe('RUNNING');
    for (const g of [y, z, w]) g.open();
    await other.settled(elsewhere.id);
  });

  it('keep only the newest finished jobs: the oldest are removed with their folders, running ones never', async () => {
    const jobs = replica({ kept: 2, maxRunning: 5 });
    const slow = gate();
    const running = await jobs.start('u', what, slow.work, message);
    const finished: ExportJob[] = [];
    for (let i = 0; i < 3; i++) {
      const j = await jobs.start('u', what, immediate, message);
      await jobs.settled(j.id);
      finished.push(j);
    }
    // Tidying follows each start, in the background: the next start's tidying removes the oldest.
    const last = await jobs.start('u', what, immediate, message);
    await jobs.settled(last.id);
    // The node goes first, then its folder: wait for both.
    const gone = async () => !(await jobs.get(finished[0]!.id)) && !(await stat(join(dir, finished[0]!.id)).catch(() => null));
    for (let i = 0; i < 100 && !(await gone()); i++) await sleep(50);
    expect(await jobs.get(finished[0]!.id)).toBeUndefined();
    await expect(stat(join(dir, finished[0]!.id))).rejects.toThrow(/ENOENT/);
    expect((await jobs.get(running.id))!.status).toBe('RUNNING');
    expect((await jobs.get(finished[2]!.id))!.status).toBe('DONE');
    slow.open();
    await jobs.settled(running.id);
  });

  it('fail their own unfinished jobs when the replica shuts down', async () => {
    const closing = replica();
    const other = replica();
    const g = gate();
    const job = await closing.start('u', what, g.work, message);
    await closing.close();
    expect(await other.get(job.id)).toMatchObject({
      status: 'FAILED',
      error: 'the service replica running this export was shut down before it finished; start the export again',
    });
    g.open();
  });

  it('name the output by format: a folder for bundles and CSV, export.<ext> otherwise', () => {
    expect(outputName('bundle')).toBe('bundle');
    expect(outputName('csv')).toBe('csv');
    expect(outputName('graphml')).toBe('export.graphml');
    expect(outputName('records')).toBe('export.jsonl');
  });
});
