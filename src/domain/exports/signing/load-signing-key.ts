/**
 * The key that signs referral bundles, as configured (src/foundations/config/environment.ts, `exports.signing`):
 * a PKCS#8 PEM file; in development a key generated once into .data/dev-signing-key.pem (like the
 * development JWT secret), or kept in memory under NODE_ENV=test; in production without a key,
 * a clear refusal: an unsigned or ad-hoc-signed bundle would prove nothing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigError, type ExportsConfig } from '../../../foundations/config/environment';
import { fingerprintOf, generateSigningKeyPair, KeyFormatError, privateKeyFrom, publicKeyPemOf } from './keys';

export interface SigningKey {
  privateKeyPem: string;
  publicKeyPem: string;
  fingerprint: string;
}

export const NO_SIGNING_KEY_MESSAGE =
  'referral bundles are signed, and no signing key is configured: create one with `evidence-graph keys generate --out DIR` and set EXPORT_SIGNING_KEY_FILE to its signing-key.pem';

/** Whether bundles can be signed with this configuration (without reading anything). */
export function canSignBundles(signing: ExportsConfig['signing']): boolean {
  return signing.mode !== 'none';
}

let inMemoryKey: SigningKey | undefined;

export async function loadSigningKey(signing: ExportsConfig['signing']): Promise<SigningKey> {
  if (signing.mode === 'none') throw new ConfigError([`EXPORT_SIGNING_KEY_FILE: ${NO_SIGNING_KEY_MESSAGE}`]);
  if (signing.mode === 'file') return keyFromFile(signing.keyFile, 'EXPORT_SIGNING_KEY_FILE');
  if (!signing.devKeyFile) return (inMemoryKey ??= generateSigningKeyPair());
  return developmentKey(signing.devKeyFile);
}

async function keyFromFile(file: string, setting: string): Promise<SigningKey> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError([`${setting}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  return keyFromPem(pem, `${setting}: ${file}`);
}

function keyFromPem(pem: string, where: string): SigningKey {
  try {
    const key = privateKeyFrom(pem);
    const publicKeyPem = publicKeyPemOf(key);
    return { privateKeyPem: pem, publicKeyPem, fingerprint: fingerprintOf(key) };
  } catch (e) {
    if (e instanceof KeyFormatError) throw new ConfigError([`${where} must hold an Ed25519 private key in PKCS#8 PEM: it holds ${e.message}`]);
    throw e;
  }
}

async function developmentKey(file: string): Promise<SigningKey> {
  try {
    return await keyFromFile(file, 'development signing key');
  } catch (e) {
    const missing = e instanceof ConfigError && e.problems.some((p) => p.includes('(ENOENT)'));
    if (!missing) throw e;
  }
  const fresh = generateSigningKeyPair();
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, fresh.privateKeyPem, { mode: 0o600, flag: 'wx' });
    return fresh;
  } catch (e) {
    // Another process (the server, the export command) created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return keyFromFile(file, 'development signing key');
    throw e;
  }
}
