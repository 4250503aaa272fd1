/**
 * The "done when" for referral teams: from the seed, a signed bundle of the 11 September
 * 2025 passport-seizure case (its event with participants and chain of command) that verify
 * accepts, and rejects once one byte changes; two exports differ only in time and signature.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerVerify } from '../../src/entry/cli/verify';
import type { Viewer } from '../../src/domain/auth/permissions';
import { verifyBundle, type BundleManifest } from '../../src/domain/exports/bundle';
import { runExport } from '../../src/domain/exports/run';
import { generateSigningKeyPair } from '../../src/domain/exports/signing';
import { listAudit } from '../../src/domain/audit';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { runCommand } from '../support/run-command';
import { clearGraph, openTestDatabase, testConfig } from '../support/service';

// Starting a service and loading the seed take a while on a loaded 2-core machine.
jest.setTimeout(240_000);

const EVENT = 'event:2025-09-11-passport-seizures';
const REFERRAL: Viewer = { id: 'test:referral-team', roles: ['referral'], cleared: false };
const key = generateSigningKeyPair();
const sourcesDir = testConfig().sourcesDir;
let db: Database;
let work: string;

function exportCase(out: string, at = '2026-03-01T10:00:00.000Z') {
  return runExport(db.graph, { selection: { by: 'event', event: EVENT }, format: 'bundle', out }, REFERRAL, { sourcesDir, signingKeyPem: key.privateKeyPem, now: () => new Date(at) });
}

const manifestOf = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadSeed(db.graph);
  work = await mkdtemp(join(tmpdir(), 'bundle-case-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await db.close();
});

describe('the 11 September 2025 passport-seizure case as a referral bundle', () => {
  let dir: string;
  let manifest: BundleManifest;
  let sha256: string;

  beforeAll(async () => {
    dir = join(work, 'case');
    const result = await exportCase(dir);
    sha256 = result.sha256;
    expect(result).toMatchObject({ format: 'bundle', path: dir });
    manifest = await manifestOf(dir);
  });

  it('holds the event, its perpetrator, its victim, the sources and the cited statement itself', async () => {
    const records = (await readFile(join(dir, 'records.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const ids = records.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([EVENT, 'org:kgb', 'part:kgb-passport-seizures-2025-09-11', 'person:mikalai-dziadok', 'src:tsikhanouskaya-2025-09-12']));
    expect(records).toHaveLength(manifest.counts.records);
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['records.jsonl', 'graph.graphml', 'sources/sources.jsonl', 'sources/files/000_fcfa96d3aa0883e3.txt', 'public-key.pem']));
    const sources = (await readFile(join(dir, 'sources/sources.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sources.map((s) => s.id).sort()).toEqual(
      records
        .filter((r) => r.type === 'Source')
        .map((r) => r.id)
        .sort(),
    );
    expect(manifest.counts.sources).toBe(sources.length);
  });

  it('records the selection, the redaction profile, the database state and the signer; the audit entry holds the manifest hash', async () => {
    expect(manifest.selection).toEqual({ by: 'event', event: EVENT });
    expect(manifest.redaction).toMatchObject({ cleared: false });
    expect(manifest.signature.publicKeyFingerprint).toBe(key.fingerprint);
    expect(manifest.databaseState).toMatch(/^[0-9a-f]{64}$/);
    const [entry] = await listAudit(db.graph, { action: 'export' }, { limit: 1 });
    expect(entry!.actor).toBe(REFERRAL.id);
    expect(JSON.stringify(entry!.details)).toContain(sha256);
  });

  it("verify accepts it against the signer's key, and rejects it after one byte changes, naming the file", async () => {
    expect(await verifyBundle(dir, { publicKeyPem: key.publicKeyPem })).toMatchObject({ ok: true, signature: { valid: true, checkedWith: 'trusted-key' } });
    const pub = join(work, 'signer.pub.pem');
    await writeFile(pub, key.publicKeyPem);
    expect((await runCommand(registerVerify, ['verify', dir, '--public-key', pub])).exitCode).toBe(0);

    const file = join(dir, 'sources/files/000_fcfa96d3aa0883e3.txt');
    const bytes = await readFile(file);
    bytes[100] = bytes[100]! ^ 0x01;
    await writeFile(file, bytes);
    const v = await verifyBundle(dir, { publicKeyPem: key.publicKeyPem });
    expect(v.ok).toBe(false);
    expect(v.files.changed.map((c) => c.path)).toEqual(['sources/files/000_fcfa96d3aa0883e3.txt']);
    const cli = await runCommand(registerVerify, ['verify', dir, '--public-key', pub]);
    expect(cli.exitCode).toBe(1);
    expect(cli.out).toContain('CHANGED  sources/files/000_fcfa96d3aa0883e3.txt');
  });

  it("fails against a public key that is not the signer's", async () => {
    const v = await verifyBundle(join(work, 'case'), { publicKeyPem: generateSigningKeyPair().publicKeyPem });
    expect(v.signature.valid).toBe(false);
  });

  it('two exports of the same selection from the same database differ only in createdAt and the signature', async () => {
    const a = join(work, 'again-a');
    const b = join(work, 'again-b');
    await exportCase(a, '2026-03-02T00:00:00.000Z');
    await exportCase(b, '2026-03-03T00:00:00.000Z');
    const [ma, mb] = [await manifestOf(a), await manifestOf(b)];
    // Each export appends an audit entry, but the state marker skips export entries: same data, same marker.
    expect({ ...ma, createdAt: 0 }).toEqual({ ...mb, createdAt: 0 });
    for (const f of ma.files) expect(await readFile(join(a, f.path))).toEqual(await readFile(join(b, f.path)));
    expect(ma.createdAt).not.toBe(mb.createdAt);
  });
});
