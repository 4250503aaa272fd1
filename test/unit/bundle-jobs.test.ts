/** The export job registry on its own: bounded concurrency, bounded memory and disk, failures. */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, ErrorCode } from '../../src/errors';
import { ExportJobRegistry, outputName } from '../../src/exports/jobs';
import type { ExportResult } from '../../src/exports/types';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-jobs-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const what = { format: 'records' as const, selection: { by: 'all' as const } };
const message = (e: unknown) => (e as Error).message;

function result(path: string): ExportResult {
  return {
    format: 'records',
    path,
    sha256: 'f'.repeat(64),
    bytes: 1,
    counts: { records: 1, sources: 1, nodes: 0, facts: 0 },
    redaction: { cleared: true, pseudonymised: 0, withheld: 0, recordsOmitted: 0, confidentialSources: 0 },
    notes: [],
  };
}

/** A job that finishes when told to. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, work: async (d: string) => (await opened, result(join(d, 'export.jsonl'))) };
}

describe('export jobs', () => {
  it('run in the background, DONE with the result or FAILED with a message, the failed folder removed', async () => {
    const jobs = new ExportJobRegistry(dir);
    const g = gate();
    const ok = jobs.start('alice', what, g.work, message);
    expect(ok).toMatchObject({ status: 'RUNNING', owner: 'alice', format: 'records' });
    expect(ok.finishedAt).toBeUndefined();
    g.open();
    await ok.settled;
    expect(ok).toMatchObject({ status: 'DONE', result: { sha256: 'f'.repeat(64) } });
    expect(ok.finishedAt).toBeDefined();

    const bad = jobs.start(
      'alice',
      what,
      async (d) => {
        await mkdir(d, { recursive: true });
        await writeFile(join(d, 'half'), 'x');
        throw new AppError(ErrorCode.NOT_FOUND, 'no event with id "event:nope"');
      },
      message,
    );
    await bad.settled;
    expect(bad).toMatchObject({ status: 'FAILED', error: 'no event with id "event:nope"' });
    await expect(stat(bad.dir)).rejects.toThrow(/ENOENT/);
    expect(jobs.get(bad.id)).toBe(bad);
  });

  it('refuse a job past the running limit, and accept one again when a job finishes', async () => {
    const jobs = new ExportJobRegistry(dir, { maxRunning: 2, maxKept: 10 });
    const a = gate();
    const b = gate();
    const first = jobs.start('u', what, a.work, message);
    jobs.start('u', what, b.work, message);
    expect(() => jobs.start('u', what, gate().work, message)).toThrow(expect.objectContaining({ code: ErrorCode.LIMIT_EXCEEDED }));
    a.open();
    await first.settled;
    const c = gate();
    expect(jobs.start('u', what, c.work, message).status).toBe('RUNNING');
    b.open();
    c.open();
  });

  it('keep only the most recent jobs: the oldest finished one is forgotten with its folder, running ones never', async () => {
    const jobs = new ExportJobRegistry(dir, { maxRunning: 3, maxKept: 2 });
    const slow = gate();
    const running = jobs.start('u', what, slow.work, message);
    const done = jobs.start('u', what, async (d) => (await mkdir(d, { recursive: true }), result(join(d, 'x'))), message);
    await done.settled;
    await stat(done.dir);
    const third = jobs.start('u', what, async (d) => result(join(d, 'x')), message);
    await third.settled;
    expect(jobs.get(running.id)).toBe(running);
    expect(jobs.get(done.id)).toBeUndefined();
    expect(jobs.get(third.id)).toBe(third);
    await new Promise((r) => setTimeout(r, 50));
    await expect(stat(done.dir)).rejects.toThrow(/ENOENT/);
    slow.open();
  });

  it('name the output by format: a folder for bundles and CSV, export.<ext> otherwise', () => {
    expect(outputName('bundle')).toBe('bundle');
    expect(outputName('csv')).toBe('csv');
    expect(outputName('graphml')).toBe('export.graphml');
    expect(outputName('records')).toBe('export.jsonl');
  });
});
