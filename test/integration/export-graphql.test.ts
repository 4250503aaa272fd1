/**
 * Exports through GraphQL: startExport → a background job → exportJob → GET its download, with
 * the same bearer token, on the real Neo4j. Permissions as in the CLI; the job's owner or an admin
 * only; and an uncleared viewer's export, bundle included, carries no protected name.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Role } from '../../src/domain/auth/permissions';
import { verifyBundle } from '../../src/domain/exports/bundle';
import { loadRecords } from '../../src/domain/writes/load-records';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import type { Service } from '../../src/entry/service/start';
import { PROTECTED_WORDS, PROTECTION_SCENARIO, VICTIM_IDS, WITNESS } from '../fixtures/protection-scenario';
import { authHeader, clearGraph, gql, openTestDatabase, startTestService } from '../support/service';

// Starting a service and loading the seed take a while on a loaded 2-core machine.
jest.setTimeout(240_000);

const EVENT = 'event:2025-09-11-passport-seizures';
let db: Database;
let service: Service;
let work: string;

const START = `mutation($selection: ExportSelectionInput!, $format: ExportFormat!, $metrics: Boolean) {
  startExport(selection: $selection, format: $format, metrics: $metrics) { id status format selection createdAt downloadUrl } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) {
  id status format selection createdAt finishedAt sha256 bytes notes error downloadUrl
  counts { records sources nodes facts } redaction { cleared pseudonymised withheld recordsOmitted confidentialSources } } }`;

async function as(roles: Role[], user: string, cleared = false) {
  return authHeader(service, roles, { user, cleared });
}

async function start(headers: Record<string, string>, selection: Record<string, unknown>, format: string, metrics?: boolean) {
  return gql<any>(service.url, START, { selection, format, metrics }, headers);
}

/** Polls exportJob until the job is no longer RUNNING. */
async function finished(id: string, headers: Record<string, string>): Promise<any> {
  for (let i = 0; i < 1800; i++) {
    const r = await gql<any>(service.url, JOB, { id }, headers);
    expect(r.body.errors).toBeUndefined();
    if (r.body.data.exportJob.status !== 'RUNNING') return r.body.data.exportJob;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`export job ${id} still running after three minutes`);
}

const download = (path: string, headers: Record<string, string> = {}) => fetch(`${service.url}${path}`, { headers });

/** Every file under a folder, as one lower-case text (to look for protected names anywhere). */
async function allText(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) parts.push(`${entry.name}\n${await readFile(join(entry.parentPath, entry.name), 'utf8')}`);
  }
  return parts.join('\n').toLowerCase();
}

async function untar(body: ArrayBuffer, into: string): Promise<void> {
  await mkdir(into, { recursive: true });
  const file = join(into, 'download.tar');
  await writeFile(file, Buffer.from(body));
  await promisify(execFile)('tar', ['-xf', file, '-C', into]);
  await rm(file);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'export-graphql-'));
  db = await openTestDatabase();
  await clearGraph(db);
  await loadSeed(db.graph);
  service = await startTestService({ EXPORT_DIR: join(work, 'exports') });
});
afterAll(async () => {
  await service?.close();
  await db?.close();
  await rm(work, { recursive: true, force: true });
});

describe('export jobs on the seed', () => {
  it('an investigator exports GraphML of the 11 September case: RUNNING, then DONE with hash, counts and a download', async () => {
    const headers = await as(['investigator'], 'ivan');
    const r = await start(headers, { by: 'EVENT', event: EVENT }, 'GRAPHML');
    expect(r.body.errors).toBeUndefined();
    const started = r.body.data.startExport;
    expect(started).toMatchObject({ status: 'RUNNING', format: 'GRAPHML', selection: { by: 'event', event: EVENT }, downloadUrl: null });
    const job = await finished(started.id, headers);
    expect(job).toMatchObject({ status: 'DONE', error: null, downloadUrl: `/exports/${started.id}/download`, redaction: { cleared: false } });
    expect(job.counts.records).toBeGreaterThan(5);
    expect(job.finishedAt >= job.createdAt).toBe(true);

    const res = await download(job.downloadUrl, headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/graphml/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(job.bytes);
    expect(createHash('sha256').update(body).digest('hex')).toBe(job.sha256);
    expect(res.headers.get('x-export-sha256')).toBe(job.sha256);
    expect(body.toString('utf8')).toContain('<graphml');
    expect(body.toString('utf8')).toContain(EVENT);
  });

  it('only the owner or an admin sees a job or downloads it; no token, no download', async () => {
    const owner = await as(['analyst'], 'olga');
    const job = await finished((await start(owner, { by: 'EVENT', event: EVENT }, 'RECORDS')).body.data.startExport.id, owner);
    expect(job.status).toBe('DONE');
    const other = await as(['investigator'], 'someone-else');
    expect((await gql<any>(service.url, JOB, { id: job.id }, other)).body.data.exportJob).toBeNull();
    expect((await download(job.downloadUrl, other)).status).toBe(404);
    const admin = await as(['admin'], 'root');
    expect((await gql<any>(service.url, JOB, { id: job.id }, admin)).body.data.exportJob.id).toBe(job.id);
    expect((await download(job.downloadUrl, admin)).status).toBe(200);
    expect((await download(job.downloadUrl)).status).toBe(401);
    expect((await gql<any>(service.url, JOB, { id: 'no-such-job' }, admin)).body.data.exportJob).toBeNull();
  });

  it("an analyst may export GraphML but not a referral bundle (the CLI's error); a bad selection is refused at once", async () => {
    const analyst = await as(['analyst'], 'ana');
    const refused = await start(analyst, { by: 'EVENT', event: EVENT }, 'BUNDLE');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'exportBundle' });
    expect(refused.body.errors?.[0]?.message).toMatch(/role analyst may not export referral bundles/);
    expect(refused.body.data).toBeNull();

    const ok = await start(analyst, { by: 'EVENT', event: EVENT }, 'GRAPHML', false);
    expect(ok.body.errors).toBeUndefined();
    expect((await finished(ok.body.data.startExport.id, analyst)).status).toBe('DONE');

    const bad = await start(analyst, { by: 'EVENT' }, 'GRAPHML');
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const wrongField = await start(analyst, { by: 'ALL', event: EVENT }, 'RECORDS');
    expect(wrongField.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('a job that fails says why (an event that does not exist)', async () => {
    const headers = await as(['investigator'], 'ivan');
    const r = await start(headers, { by: 'EVENT', event: 'event:does-not-exist' }, 'RECORDS');
    expect(r.body.errors).toBeUndefined();
    const job = await finished(r.body.data.startExport.id, headers);
    expect(job).toMatchObject({ status: 'FAILED', downloadUrl: null });
    expect(job.error).toMatch(/no event with id "event:does-not-exist"/);
    expect((await download(`/exports/${job.id}/download`, headers)).status).toBe(409);
  });

  it('a referral team downloads the signed bundle as a tar that unpacks into a folder verify accepts', async () => {
    const headers = await as(['referral'], 'rita');
    const job = await finished((await start(headers, { by: 'EVENT', event: EVENT }, 'BUNDLE')).body.data.startExport.id, headers);
    expect(job.status).toBe('DONE');
    const res = await download(job.downloadUrl, headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-tar');
    const into = join(work, 'bundle-download');
    await untar(await res.arrayBuffer(), into);
    const folder = join(into, `bundle-${job.id}`);
    const manifest = await readFile(join(folder, 'manifest.json'));
    expect(createHash('sha256').update(manifest).digest('hex')).toBe(job.sha256);
    const v = await verifyBundle(folder);
    expect(v).toMatchObject({ ok: true, signature: { valid: true } });
    expect(v.files.checked).toBeGreaterThanOrEqual(5);
  });

  it('without a signing key (production with none configured) refuses bundles clearly and still runs other formats', async () => {
    const unsigned = await startTestService({ EXPORT_DIR: join(work, 'unsigned'), NODE_ENV: 'production' });
    try {
      const headers = await authHeader(unsigned, ['referral'], { user: 'rita' });
      const refused = await gql<any>(unsigned.url, START, { selection: { by: 'EVENT', event: EVENT }, format: 'BUNDLE' }, headers);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format', reason: 'no-signing-key' });
      expect(refused.body.errors?.[0]?.message).toMatch(/no signing key is configured.*EXPORT_SIGNING_KEY_FILE/);
      const other = await gql<any>(unsigned.url, START, { selection: { by: 'EVENT', event: EVENT }, format: 'RECORDS' }, headers);
      expect((await finished(other.body.data.startExport.id, headers)).status).toBe('DONE');
    } finally {
      await unsigned.close();
    }
  });

  it('refuses more running exports than the limit', async () => {
    const limited = await startTestService({ EXPORT_DIR: join(work, 'limited'), EXPORT_JOBS_MAX_RUNNING: '1' });
    try {
      const headers = await authHeader(limited, ['admin'], { user: 'root' });
      const first = await gql<any>(limited.url, START, { selection: { by: 'ALL' }, format: 'RECORDS' }, headers);
      const second = await gql<any>(limited.url, START, { selection: { by: 'ALL' }, format: 'RECORDS' }, headers);
      expect(second.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
      await limited.exportJobs.settled(first.body.data.startExport.id);
    } finally {
      await limited.close();
    }
  });
});

describe("an uncleared viewer's exports carry no protected name", () => {
  beforeAll(async () => {
    await clearGraph(db);
    await loadRecords(
      db.graph,
      PROTECTION_SCENARIO.map((record, i) => ({ line: i + 1, record })),
    );
  });

  it.each([
    ['BUNDLE', ['referral'] as Role[]],
    ['GRAPHML', ['analyst'] as Role[]],
    ['RECORDS', ['analyst'] as Role[]],
  ])('%s of the raid and of the whole graph', async (format, roles) => {
    const headers = await as(roles, `uncleared-${format}`);
    for (const selection of [{ by: 'EVENT', event: 'event:x-raid' }, { by: 'ALL' }]) {
      const job = await finished((await start(headers, selection, format)).body.data.startExport.id, headers);
      expect(job).toMatchObject({ status: 'DONE', redaction: { cleared: false } });
      const res = await download(job.downloadUrl, headers);
      expect(res.status).toBe(200);
      let text: string;
      if (format === 'BUNDLE') {
        const into = join(work, `uncleared-${job.id}`);
        await untar(await res.arrayBuffer(), into);
        expect((await verifyBundle(join(into, `bundle-${job.id}`))).ok).toBe(true);
        text = await allText(into);
      } else text = (await res.text()).toLowerCase();
      text += JSON.stringify(job).toLowerCase();
      for (const word of PROTECTED_WORDS) expect(text).not.toContain(word);
      for (const id of VICTIM_IDS) expect(text).not.toContain(id);
      expect(text).toContain(WITNESS.pseudonym.toLowerCase());
    }
  });

  it("a cleared admin's bundle does name them, and says it was not redacted", async () => {
    const headers = await as(['admin'], 'cleared-admin', true);
    const job = await finished((await start(headers, { by: 'EVENT', event: 'event:x-raid' }, 'BUNDLE')).body.data.startExport.id, headers);
    expect(job.redaction).toMatchObject({ cleared: true });
    const into = join(work, 'cleared');
    await untar(await (await download(job.downloadUrl, headers)).arrayBuffer(), into);
    expect(await allText(into)).toContain('ciemrykau');
  });
});
