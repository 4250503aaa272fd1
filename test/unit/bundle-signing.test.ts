/**
 * Signing keys (configuration, development key, production refusal) and the `keys generate` and
 * `verify` commands, on bundles written from a small in-memory input.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/foundations/config/environment';
import { registerKeys } from '../../src/entry/cli/keys';
import { registerVerify } from '../../src/entry/cli/verify';
import { memoryExportInput } from '../../src/domain/exports/drawn/memory-input';
import { writeBundle } from '../../src/domain/exports/bundle';
import { canSignBundles, fingerprintOf, generateSigningKeyPair, loadSigningKey, privateKeyFrom, publicKeyFrom, signBytes, verifyBytes } from '../../src/domain/exports/signing';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { runCommand } from '../support/run-command';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bundle-signing-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const records = [
  { type: 'Source', id: 'src:a', title: 'A source', kind: 'NEWS', reliability: 'B', confidentiality: 'PUBLIC' },
  { type: 'Organization', id: 'org:a', name: 'An agency', kind: 'AGENCY', sources: [{ source: 'src:a', locator: 'p. 1', credibility: 2 }] },
] as unknown as RecordV1[];

describe('Ed25519 signatures', () => {
  it('verify what was signed, and nothing else', () => {
    const pair = generateSigningKeyPair();
    const bytes = Buffer.from('manifest');
    const sig = signBytes(privateKeyFrom(pair.privateKeyPem), bytes);
    expect(verifyBytes(publicKeyFrom(pair.publicKeyPem), bytes, sig)).toBe(true);
    expect(verifyBytes(publicKeyFrom(pair.publicKeyPem), Buffer.from('manifesT'), sig)).toBe(false);
    expect(verifyBytes(publicKeyFrom(generateSigningKeyPair().publicKeyPem), bytes, sig)).toBe(false);
    expect(verifyBytes(publicKeyFrom(pair.publicKeyPem), bytes, 'not base64!')).toBe(false);
    expect(fingerprintOf(privateKeyFrom(pair.privateKeyPem))).toBe(pair.fingerprint);
    expect(pair.fingerprint).toMatch(/^SHA256:[0-9a-f]{64}$/);
  });

  it('refuse keys that are not Ed25519 private keys, without echoing them', () => {
    expect(() => privateKeyFrom('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')).toThrow(/not a PEM private key/);
    expect(() => privateKeyFrom(generateSigningKeyPair().publicKeyPem)).toThrow(/not a PEM private key/);
  });
});

describe('configuration', () => {
  it('EXPORT_DIR defaults to .data/exports; EXPORT_SIGNING_KEY_FILE selects the key file', () => {
    const c = loadConfig({ NODE_ENV: 'development' });
    expect(c.exports.dir).toMatch(/\.data\/exports$/);
    expect(c.exports.signing).toEqual({ mode: 'development', devKeyFile: expect.stringMatching(/\.data\/dev-signing-key\.pem$/) });
    expect(loadConfig({ NODE_ENV: 'test' }).exports.signing).toEqual({ mode: 'development', devKeyFile: undefined });
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40), EXPORT_SIGNING_KEY_FILE: '/keys/k.pem' }).exports.signing).toEqual({ mode: 'file', keyFile: '/keys/k.pem' });
  });

  it('production without a key: other exports work, bundles refuse clearly', async () => {
    const c = loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40) });
    expect(c.exports.signing).toEqual({ mode: 'none' });
    expect(canSignBundles(c.exports.signing)).toBe(false);
    await expect(loadSigningKey(c.exports.signing)).rejects.toThrow(/no signing key is configured.*keys generate/);
  });

  it('an empty setting is listed with the other problems, its value never echoed', () => {
    try {
      loadConfig({ EXPORT_SIGNING_KEY_FILE: '', EXPORT_DIR: '', PORT: 'x' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toMatch(/EXPORT_SIGNING_KEY_FILE: .*\(got a value of 0 characters\)/);
      expect(problems).toMatch(/EXPORT_DIR/);
      expect(problems).toMatch(/PORT/);
    }
  });

  it('the development key is generated once (mode 0600) and reused; in tests it stays in memory', async () => {
    const file = join(work, 'dev', 'dev-signing-key.pem');
    const first = await loadSigningKey({ mode: 'development', devKeyFile: file });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await loadSigningKey({ mode: 'development', devKeyFile: file })).fingerprint).toBe(first.fingerprint);
    const memory = await loadSigningKey({ mode: 'development' });
    expect((await loadSigningKey({ mode: 'development' })).fingerprint).toBe(memory.fingerprint);
  });

  it('a configured key file that is missing or not a key is a configuration error naming the setting', async () => {
    await expect(loadSigningKey({ mode: 'file', keyFile: join(work, 'absent.pem') })).rejects.toThrow(/EXPORT_SIGNING_KEY_FILE: cannot read .*absent\.pem \(ENOENT\)/);
    const notKey = join(work, 'not-a-key.pem');
    await writeFile(notKey, 'secret words');
    const refused = loadSigningKey({ mode: 'file', keyFile: notKey });
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
    await expect(refused).rejects.not.toThrow(/secret words/);
  });
});

describe('evidence-graph keys generate and verify', () => {
  const keysDir = () => join(work, 'keys');

  it('keys generate writes the pair (private 0600), prints the fingerprint and the setting, and never overwrites', async () => {
    const r = await runCommand(registerKeys, ['keys', 'generate', '--out', keysDir()]);
    expect(r.exitCode).toBe(0);
    const key = await loadSigningKey({ mode: 'file', keyFile: join(keysDir(), 'signing-key.pem') });
    expect(r.out).toContain(`fingerprint ${key.fingerprint}`);
    expect(r.out).toContain(`EXPORT_SIGNING_KEY_FILE=${join(keysDir(), 'signing-key.pem')}`);
    expect((await stat(join(keysDir(), 'signing-key.pem'))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(keysDir(), 'signing-key.pub.pem'), 'utf8')).toBe(key.publicKeyPem);
    await expect(runCommand(registerKeys, ['keys', 'generate', '--out', keysDir()])).rejects.toThrow(/already exists; keys are never overwritten/);
    expect((await loadSigningKey({ mode: 'file', keyFile: join(keysDir(), 'signing-key.pem') })).fingerprint).toBe(key.fingerprint);
  });

  it('verify exits 0 on an intact bundle, 1 after one byte changes, naming the file; --json gives the structure', async () => {
    const key = await loadSigningKey({ mode: 'file', keyFile: join(keysDir(), 'signing-key.pem') });
    const dir = join(work, 'bundle');
    await writeBundle(memoryExportInput(records), dir, { signingKeyPem: key.privateKeyPem, sourcesDir: work, databaseState: 'state', createdAt: '2026-01-01T00:00:00.000Z' });
    const pub = join(keysDir(), 'signing-key.pub.pem');

    const ok = await runCommand(registerVerify, ['verify', dir, '--public-key', pub]);
    expect(ok.exitCode).toBe(0);
    expect(ok.out).toMatch(/signature: VALID/);
    expect(ok.out).toMatch(/OK: every file matches the signed manifest/);

    const own = await runCommand(registerVerify, ['verify', dir]);
    expect(own.exitCode).toBe(0);
    expect(own.out).toMatch(/NOT who signed it/);

    const bytes = await readFile(join(dir, 'records.jsonl'));
    bytes[5] = bytes[5]! ^ 0x20;
    await writeFile(join(dir, 'records.jsonl'), bytes);
    const bad = await runCommand(registerVerify, ['verify', dir, '--public-key', pub]);
    expect(bad.exitCode).toBe(1);
    expect(bad.out).toMatch(/CHANGED {2}records\.jsonl/);
    expect(bad.out).toMatch(/FAILED/);

    const json = await runCommand(registerVerify, ['verify', dir, '--json']);
    expect(json.exitCode).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, files: { changed: [{ path: 'records.jsonl' }] }, signature: { valid: true } });
  });

  it('verify refuses what is not a bundle folder or not a public key', async () => {
    await expect(runCommand(registerVerify, ['verify', join(work, 'nowhere')])).rejects.toThrow(/no such bundle folder/);
    await expect(runCommand(registerVerify, ['verify', join(keysDir(), 'signing-key.pub.pem')])).rejects.toThrow(/not a folder.*tar -xf/);
    await writeFile(join(work, 'junk.pem'), 'junk');
    await expect(runCommand(registerVerify, ['verify', join(work, 'bundle'), '--public-key', join(work, 'junk.pem')])).rejects.toThrow(/must hold an Ed25519 public key/);
  });
});
