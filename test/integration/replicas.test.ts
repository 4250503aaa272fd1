/**
 * Two replicas of the service on one Neo4j and one shared EXPORT_DIR: one started in this process,
 * the other a process of its own. An export started on either is polled and downloaded on the
 * other, with the same access rules; a replica killed while it exports leaves a job the other
 * reports FAILED, saying why, once its heartbeat is stale.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Role } from '../../src/domain/auth/permissions';
import { verifyBundle } from '../../src/domain/exports/bundle';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import type { Service } from '../../src/entry/service/start';
import { authHeader, clearGraph, gql, openTestDatabase, startTestService } from '../support/service';
import { startServiceProcess, type ServiceProcess } from '../support/service-process';

jest.setTimeout(300_000);

const EVENT = 'event:2025-09-11-passport-seizures';
const START = `mutation($selection: ExportSelectionInput!, $format: ExportFormat!) { startExport(selection: $selection, format: $format) { id status } }`;
const JOB = 'query($id: ID!) { exportJob(id: $id) { id status error sha256 bytes downloadUrl progress { phase done total } } }';
const STALE_SECONDS = 3;

let work: string;
let db: Database;
/** The replica in this process. */
let here: Service;
/** The replica in a process of its own; its bundle signing key is a pipe nobody writes, so its bundles never finish. */
let there: ServiceProcess;

const as = (roles: Role[], user: string) => authHeader(here, roles, { user });

async function start(url: string, headers: Record<string, string>, selection: Record<string, unknown>, format: string): Promise<string> {
  const r = await gql<any>(url, START, { selection, format }, headers);
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.startExport.status).toBe('RUNNING');
  return r.body.data.startExport.id as string;
}

const job = async (url: string, id: string, headers: Record<string, string>) => (await gql<any>(url, JOB, { id }, headers)).body.data.exportJob;

async function finished(url: string, id: string, headers: Record<string, string>, within = 180_000): Promise<any> {
  for (const end = Date.now() + within; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const j = await job(url, id, headers);
    if (j.status !== 'RUNNING') return j;
  }
  throw new Error(`export job ${id} still running`);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'replicas-'));
  const exportDir = join(work, 'exports');
  await mkdir(exportDir);
  const neverWritten = join(work, 'signing-key.pem');
  await promisify(execFile)('mkfifo', [neverWritten]);
  db = await openTestDatabase();
  await clearGraph(db);
  await loadSeed(db.graph);
  const jobs = { EXPORT_DIR: exportDir, EXPORT_JOB_HEARTBEAT_SECONDS: '1', EXPORT_JOB_STALE_SECONDS: String(STALE_SECONDS) };
  here = await startTestService(jobs);
  there = await startServiceProcess({ ...jobs, EXPORT_SIGNING_KEY_FILE: neverWritten });
});
afterAll(async () => {
  await there?.stop();
  await here?.close();
  await db?.close();
  await rm(work, { recursive: true, force: true });
});

describe('two replicas, one database, one EXPORT_DIR', () => {
  it('an export started on the other process is polled and downloaded here, with its hash', async () => {
    const ivan = await as(['investigator'], 'ivan');
    const id = await start(there.url, ivan, { by: 'EVENT', event: EVENT }, 'GRAPHML');
    const done = await finished(here.url, id, ivan);
    expect(done).toMatchObject({ id, status: 'DONE', error: null, downloadUrl: `/exports/${id}/download`, progress: { phase: 'done' } });
    expect(await job(there.url, id, ivan)).toEqual(done);
    const res = await fetch(`${here.url}${done.downloadUrl}`, { headers: ivan });
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(done.bytes);
    expect(createHash('sha256').update(body).digest('hex')).toBe(done.sha256);
    expect(body.toString('utf8')).toContain(EVENT);
  });

  it('a bundle started here is downloaded from the other process and verifies; the access rules hold on both', async () => {
    const rita = await as(['referral'], 'rita');
    const id = await start(here.url, rita, { by: 'EVENT', event: EVENT }, 'BUNDLE');
    const done = await finished(there.url, id, rita);
    expect(done.status).toBe('DONE');
    const res = await fetch(`${there.url}${done.downloadUrl}`, { headers: rita });
    expect(res.status).toBe(200);
    const into = join(work, 'bundle');
    await mkdir(into);
    await writeFile(join(into, 'b.tar'), Buffer.from(await res.arrayBuffer()));
    await promisify(execFile)('tar', ['-xf', join(into, 'b.tar'), '-C', into]);
    expect(await verifyBundle(join(into, `bundle-${id}`))).toMatchObject({ ok: true, signature: { valid: true } });

    const stranger = await as(['investigator'], 'someone-else');
    const admin = await as(['admin'], 'root');
    for (const url of [here.url, there.url]) {
      expect(await job(url, id, stranger)).toBeNull();
      expect((await fetch(`${url}${done.downloadUrl}`, { headers: stranger })).status).toBe(404);
      expect((await fetch(`${url}${done.downloadUrl}`)).status).toBe(401);
      expect((await job(url, id, admin)).status).toBe('DONE');
    }
  });

  it('a job whose replica is killed mid-export turns FAILED with a clear message once its heartbeat is stale', async () => {
    const rita = await as(['referral'], 'rita');
    // The other process's bundles wait for a signing key that never comes: the job stays RUNNING
    // as long as that process lives, its heartbeat keeping it so past the stale time.
    const id = await start(there.url, rita, { by: 'EVENT', event: EVENT }, 'BUNDLE');
    await new Promise((r) => setTimeout(r, (STALE_SECONDS + 1.5) * 1000));
    expect((await job(here.url, id, rita)).status).toBe('RUNNING');

    await there.stop('SIGKILL');
    const killedAt = Date.now();
    const failed = await finished(here.url, id, rita, 30_000);
    const waited = Date.now() - killedAt;
    expect(failed).toMatchObject({ status: 'FAILED', downloadUrl: null, sha256: null });
    expect(failed.error).toBe(`the export stopped: the service replica running it sent no sign of life for ${STALE_SECONDS} s (it was stopped or lost); start the export again`);
    // Stale no sooner than the last heartbeat allows, and found by the next poll after that.
    expect(waited).toBeGreaterThan((STALE_SECONDS - 1) * 1000);
    expect(waited).toBeLessThan((STALE_SECONDS + 5) * 1000);
    const res = await fetch(`${here.url}/exports/${id}/download`, { headers: rita });
    expect(res.status).toBe(409);
  });
});
