/**
 * The referral bundle on its own (no database): written from the seed records, verified, then
 * tampered with in every way verify must notice, each time naming the file.
 */
import { appendFile, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/foundations/config/environment';
import { memoryExportInput } from '../../src/domain/exports/drawn/memory-input';
import { verifyBundle, writeBundle, type BundleManifest } from '../../src/domain/exports/bundle';
import { generateSigningKeyPair, privateKeyFrom, signBytes } from '../../src/domain/exports/signing';
import { hashFile } from '../../src/domain/exports/bundle/list-files';
import { getFormatWriter } from '../../src/domain/exports/formats';
import { readJsonLinesFile } from '../../src/storage/records/read-jsonl';
import { projectRoot } from '../../src/foundations/config/project-root';
import type { RecordV1 } from '../../src/storage/records/schemas';
import type { BundleOptions, ExportInput } from '../../src/domain/exports/types';

const key = generateSigningKeyPair();
const sourcesDir = loadConfig({ NODE_ENV: 'test' }).sourcesDir;
let work: string;
let seedRecords: RecordV1[];

async function seed(): Promise<RecordV1[]> {
  const dir = join(projectRoot(), 'seed');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  const records: RecordV1[] = [];
  for (const f of files) records.push(...(await readJsonLinesFile(join(dir, f))).records.map((r) => r.record));
  return records;
}

/** The seed's sources and the 11 September 2025 records, plus a source whose file is not held. */
function caseInput(): ExportInput {
  const picked = seedRecords.filter((r) => r.type === 'Source' || r.id.includes('2025-09-11'));
  const notHeld = {
    type: 'Source',
    id: 'src:not-held',
    title: 'A source whose file the service lacks',
    kind: 'OTHER',
    reliability: 'F',
    confidentiality: 'PUBLIC',
    file: 'not-held.txt',
  } as unknown as RecordV1;
  return memoryExportInput([...picked, notHeld], { cleared: false, pseudonymised: 1 }, { by: 'event', event: 'event:2025-09-11-passport-seizures' });
}

function options(overrides: Partial<BundleOptions> = {}): BundleOptions {
  return { signingKeyPem: key.privateKeyPem, sourcesDir, databaseState: 'a'.repeat(64), createdAt: '2026-01-02T03:04:05.000Z', ...overrides };
}

async function fresh(name: string): Promise<string> {
  const dir = join(work, name);
  await writeBundle(caseInput(), dir, options());
  return dir;
}

async function flipByte(file: string, at = 10): Promise<void> {
  const bytes = await readFile(file);
  bytes[at] = bytes[at]! ^ 0x01;
  await writeFile(file, bytes);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bundle-test-'));
  seedRecords = await seed();
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('writing a referral bundle', () => {
  let dir: string;
  let manifest: BundleManifest;
  beforeAll(async () => {
    dir = await fresh('written');
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  });

  it('holds the records, the sources with their held files, the key and a manifest of every file', async () => {
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual(expect.arrayContaining(['records.jsonl', 'sources/sources.jsonl', 'public-key.pem', 'sources/files/000_fcfa96d3aa0883e3.txt']));
    expect(paths).not.toContain('manifest.json');
    const records = (await readFile(join(dir, 'records.jsonl'), 'utf8')).trim().split('\n');
    expect(records).toHaveLength(manifest.counts.records);
    const sources = (await readFile(join(dir, 'sources/sources.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sources.map((s) => s.id)).toContain('src:tsikhanouskaya-2025-09-12');
    expect(sources.every((s) => s.type === 'Source')).toBe(true);
    expect(await readFile(join(dir, 'sources/files/000_fcfa96d3aa0883e3.txt'))).toEqual(await readFile(join(sourcesDir, '000_fcfa96d3aa0883e3.txt')));
  });

  it('records selection, counts, redaction, database state, tool, key and what it lacks', () => {
    expect(manifest).toMatchObject({
      formatVersion: 1,
      createdAt: '2026-01-02T03:04:05.000Z',
      databaseState: 'a'.repeat(64),
      selection: { by: 'event', event: 'event:2025-09-11-passport-seizures' },
      redaction: { cleared: false, pseudonymised: 1, withheld: 0 },
      tool: { name: 'evidence-graph' },
      signature: { algorithm: 'Ed25519', publicKeyFingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem },
    });
    expect(manifest.notes.join('\n')).toMatch(/src:not-held: file "not-held.txt" is not held/);
  });

  it('verifies, saying that the bundle key proves integrity, not authorship', async () => {
    const v = await verifyBundle(dir);
    expect(v).toMatchObject({ ok: true, signature: { valid: true, checkedWith: 'bundle-key' }, files: { changed: [], added: [], removed: [] } });
    expect(v.signature.meaning).toMatch(/NOT who signed it/);
    expect(v.files.unchanged).toBe(manifest.files.length);
  });

  it('verifies against the trusted public key, and fails against another', async () => {
    expect(await verifyBundle(dir, { publicKeyPem: key.publicKeyPem })).toMatchObject({ ok: true, signature: { valid: true, checkedWith: 'trusted-key' } });
    const other = generateSigningKeyPair();
    const v = await verifyBundle(dir, { publicKeyPem: other.publicKeyPem });
    expect(v.ok).toBe(false);
    expect(v.signature).toMatchObject({ valid: false, checkedWith: 'trusted-key', fingerprint: other.fingerprint, bundleFingerprint: key.fingerprint });
    expect(v.signature.problem).toMatch(/signed by another key/);
    expect(v.files.changed).toEqual([]);
  });

  it('holds a GraphML copy once the GraphML writer is registered, and says so while it is not', async () => {
    const registered = (() => {
      try {
        return !!getFormatWriter('graphml');
      } catch {
        return false;
      }
    })();
    const paths = manifest.files.map((f) => f.path);
    if (registered) expect(paths).toContain('graph.graphml');
    else expect(manifest.notes.join('\n')).toMatch(/no GraphML writer/);
  });

  it('refuses to write into a folder that exists', async () => {
    await expect(writeBundle(caseInput(), dir, options())).rejects.toThrow(/already exists/);
  });
});

describe('a tampered bundle fails verification, naming the file', () => {
  it.each(['records.jsonl', 'sources/sources.jsonl', 'sources/files/000_fcfa96d3aa0883e3.txt', 'public-key.pem'])('one byte changed in %s', async (file) => {
    const dir = await fresh(`flip-${file.replace(/\W/g, '-')}`);
    await flipByte(join(dir, file));
    const v = await verifyBundle(dir);
    expect(v.ok).toBe(false);
    expect(v.signature.valid).toBe(true);
    expect(v.files.changed.map((c) => c.path)).toEqual([file]);
  });

  it('one byte changed in manifest.json', async () => {
    const dir = await fresh('flip-manifest');
    const text = await readFile(join(dir, 'manifest.json'), 'utf8');
    await flipByte(join(dir, 'manifest.json'), text.indexOf('2026-01-02') + 3);
    const v = await verifyBundle(dir);
    expect(v.ok).toBe(false);
    expect(v.signature.valid).toBe(false);
    expect(v.files.changed.map((c) => c.path)).toEqual(['manifest.json']);
  });

  it('manifest.json made unreadable', async () => {
    const dir = await fresh('broken-manifest');
    await flipByte(join(dir, 'manifest.json'), 0);
    const v = await verifyBundle(dir);
    expect(v.ok).toBe(false);
    expect(v.files.changed.map((c) => c.path)).toEqual(['manifest.json']);
    expect(v.problems.join()).toMatch(/not valid JSON/);
  });

  it('a file appended to, a file added, a file removed, a link in place of a file', async () => {
    const dir = await fresh('many');
    await appendFile(join(dir, 'records.jsonl'), '{"type":"Person","id":"person:invented","name":"Invented"}\n');
    await writeFile(join(dir, 'sources/files/extra.txt'), 'not part of the bundle');
    await unlink(join(dir, 'sources/sources.jsonl'));
    await unlink(join(dir, 'public-key.pem'));
    await symlink('/etc/hostname', join(dir, 'public-key.pem'));
    const v = await verifyBundle(dir);
    expect(v.ok).toBe(false);
    expect(v.signature.valid).toBe(true);
    expect(v.files.changed.map((c) => c.path).sort()).toEqual(['public-key.pem', 'records.jsonl']);
    expect(v.files.changed.find((c) => c.path === 'records.jsonl')!.reason).toMatch(/size differs/);
    expect(v.files.added).toEqual(['sources/files/extra.txt']);
    expect(v.files.removed).toEqual(['sources/sources.jsonl']);
  });

  it('the signature removed', async () => {
    const dir = await fresh('unsigned');
    await unlink(join(dir, 'manifest.sig'));
    const v = await verifyBundle(dir);
    expect(v).toMatchObject({ ok: false, signature: { valid: false, problem: 'manifest.sig is missing' } });
    expect(v.files.removed).toEqual(['manifest.sig']);
  });

  it("the signature replaced by another key's", async () => {
    const dir = await fresh('resigned');
    const other = generateSigningKeyPair();
    await writeFile(join(dir, 'manifest.sig'), signBytes(privateKeyFrom(other.privateKeyPem), await readFile(join(dir, 'manifest.json'))));
    const v = await verifyBundle(dir);
    expect(v.ok).toBe(false);
    expect(v.files.changed.map((c) => c.path)).toEqual(['manifest.json']);
    expect(v.signature.problem).toMatch(/does not match manifest.json/);
  });

  it('a bundle re-made and re-signed by someone else passes on its own key only: the trusted key catches it', async () => {
    const dir = await fresh('forged');
    const forger = generateSigningKeyPair();
    await appendFile(join(dir, 'records.jsonl'), '{"type":"Person","id":"person:invented","name":"Invented"}\n');
    const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
    const records = m.files.find((f) => f.path === 'records.jsonl')!;
    Object.assign(records, await hashFile(join(dir, 'records.jsonl')));
    m.signature = { ...m.signature, publicKeyPem: forger.publicKeyPem, publicKeyFingerprint: forger.fingerprint };
    const bytes = Buffer.from(`${JSON.stringify(m, null, 2)}\n`);
    await writeFile(join(dir, 'manifest.json'), bytes);
    await writeFile(join(dir, 'manifest.sig'), signBytes(privateKeyFrom(forger.privateKeyPem), bytes));
    expect((await verifyBundle(dir)).signature).toMatchObject({ valid: true, checkedWith: 'bundle-key' });
    const trusted = await verifyBundle(dir, { publicKeyPem: key.publicKeyPem });
    expect(trusted).toMatchObject({ ok: false, signature: { valid: false, checkedWith: 'trusted-key' } });
    expect(trusted.signature.problem).toMatch(/signed by another key/);
  });
});

describe('a manifest signed by its own key is still checked for what it may name', () => {
  it('a path leading out of the bundle is a problem, never read', async () => {
    const dir = await fresh('escape');
    const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
    m.files.push({ path: '../outside.txt', bytes: 1, sha256: '0'.repeat(64) });
    const bytes = Buffer.from(`${JSON.stringify(m, null, 2)}\n`);
    await writeFile(join(dir, 'manifest.json'), bytes);
    await writeFile(join(dir, 'manifest.sig'), signBytes(privateKeyFrom(key.privateKeyPem), bytes));
    const v = await verifyBundle(dir, { publicKeyPem: key.publicKeyPem });
    expect(v.signature.valid).toBe(true);
    expect(v.ok).toBe(false);
    expect(v.problems.join()).toMatch(/a path that no bundle may hold: "..\/outside.txt"/);
  });
});

describe('determinism', () => {
  it('two bundles of the same input differ only in createdAt and the signature', async () => {
    const a = join(work, 'same-a');
    const b = join(work, 'same-b');
    await writeBundle(caseInput(), a, options({ createdAt: '2026-01-01T00:00:00.000Z' }));
    await writeBundle(caseInput(), b, options({ createdAt: '2026-06-30T12:00:00.000Z' }));
    const files = (await verifyBundle(a)).files.checked;
    expect(files).toBeGreaterThan(4);
    const ma = JSON.parse(await readFile(join(a, 'manifest.json'), 'utf8'));
    const mb = JSON.parse(await readFile(join(b, 'manifest.json'), 'utf8'));
    expect({ ...ma, createdAt: 'x' }).toEqual({ ...mb, createdAt: 'x' });
    for (const f of ma.files as { path: string }[]) expect(await readFile(join(a, f.path))).toEqual(await readFile(join(b, f.path)));
    expect(await readFile(join(a, 'manifest.sig'), 'utf8')).not.toEqual(await readFile(join(b, 'manifest.sig'), 'utf8'));
  });

  it('the selection is recorded the same whatever its key order', async () => {
    const a = join(work, 'order-a');
    const input = { ...caseInput(), selection: { event: 'event:2025-09-11-passport-seizures', by: 'event' } as never };
    await writeBundle(input, a, options());
    const b = await fresh('order-b');
    expect(await readFile(join(a, 'manifest.json'))).toEqual(await readFile(join(b, 'manifest.json')));
  });
});
