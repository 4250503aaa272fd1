/**
 * Checks a referral bundle: the signature over manifest.json's exact bytes, and every file against
 * the manifest's size and SHA-256. Names every file changed, added or removed. Without a trusted
 * public key it can only check against the key the bundle carries, which proves the bundle is
 * intact as signed, not who signed it; the result says so.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { fingerprintOf, publicKeyFrom, verifyBytes, KeyFormatError } from '../signing';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST_FILE, SIGNATURE_FILE, UNLISTED_FILES, isSafeBundlePath, type BundleManifest, type ManifestFile } from './layout';
import { hashFile, listEntries } from './list-files';

export interface ChangedFile {
  path: string;
  reason: string;
  expected?: { bytes: number; sha256: string };
  actual?: { bytes: number; sha256: string };
}

export interface SignatureCheck {
  valid: boolean;
  /** `trusted-key`: the key given by the verifier; `bundle-key`: the key inside the bundle; `none`: no key to check with. */
  checkedWith: 'trusted-key' | 'bundle-key' | 'none';
  /** Fingerprint of the key checked with. */
  fingerprint?: string;
  /** Fingerprint of the key the bundle names. */
  bundleFingerprint?: string;
  /** Why it does not hold, when it does not. */
  problem?: string;
  /** What a valid signature means here (integrity only, or integrity and authorship). */
  meaning: string;
}

export interface BundleVerification {
  ok: boolean;
  bundle: string;
  manifest: Pick<BundleManifest, 'formatVersion' | 'createdAt' | 'tool' | 'selection' | 'counts' | 'redaction' | 'databaseState' | 'notes'> | null;
  signature: SignatureCheck;
  files: { checked: number; unchanged: number; changed: ChangedFile[]; added: string[]; removed: string[] };
  /** Anything else wrong with the bundle (an unreadable manifest, an unsafe path in it). */
  problems: string[];
}

export interface VerifyOptions {
  /** The public key (PEM) the verifier trusts to be the signer's. */
  publicKeyPem?: string;
}

export async function verifyBundle(dir: string, options: VerifyOptions = {}): Promise<BundleVerification> {
  const problems: string[] = [];
  const changed: ChangedFile[] = [];
  const removed: string[] = [];
  const trusted = options.publicKeyPem === undefined ? undefined : publicKeyFrom(options.publicKeyPem);

  const manifestBytes = await readFile(join(dir, MANIFEST_FILE)).catch(() => undefined);
  const signatureText = await readFile(join(dir, SIGNATURE_FILE), 'utf8').catch(() => undefined);
  if (!manifestBytes) removed.push(MANIFEST_FILE);
  if (signatureText === undefined) removed.push(SIGNATURE_FILE);
  const manifest = manifestBytes ? parseManifest(manifestBytes, problems) : undefined;

  const signature = checkSignature(manifestBytes, signatureText, manifest, trusted);
  if (!signature.valid && manifestBytes && signatureText !== undefined && !signature.problem?.startsWith('signed by another key')) {
    changed.push({ path: MANIFEST_FILE, reason: signature.problem ?? 'the signature does not hold' });
  }

  const files = manifest ? await checkFiles(dir, manifest.files, problems) : { checked: 0, unchanged: 0, changed: [], added: [], removed: [] };
  changed.push(...files.changed);
  removed.push(...files.removed);
  const result = {
    bundle: dir,
    manifest: manifest
      ? {
          formatVersion: manifest.formatVersion,
          createdAt: manifest.createdAt,
          tool: manifest.tool,
          selection: manifest.selection,
          counts: manifest.counts,
          redaction: manifest.redaction,
          databaseState: manifest.databaseState,
          notes: manifest.notes,
        }
      : null,
    signature,
    files: { checked: files.checked, unchanged: files.unchanged, changed, added: files.added, removed: removed.sort() },
    problems,
  };
  return { ok: signature.valid && !changed.length && !files.added.length && !removed.length && !problems.length, ...result };
}

function parseManifest(bytes: Buffer, problems: string[]): BundleManifest | undefined {
  let m: BundleManifest;
  try {
    m = JSON.parse(bytes.toString('utf8')) as BundleManifest;
  } catch {
    problems.push(`${MANIFEST_FILE} is not valid JSON: it was changed or is not a bundle manifest`);
    return undefined;
  }
  const wellFormed = m && m.format === BUNDLE_FORMAT && Array.isArray(m.files) && m.files.every((f) => f && typeof f.path === 'string' && typeof f.sha256 === 'string' && typeof f.bytes === 'number');
  if (!wellFormed) {
    problems.push(`${MANIFEST_FILE} is not a referral bundle manifest (format "${BUNDLE_FORMAT}" with a list of files)`);
    return undefined;
  }
  const version: unknown = m.formatVersion; // as read: any JSON value until checked
  if (version !== BUNDLE_FORMAT_VERSION) {
    problems.push(`${MANIFEST_FILE} has format version ${JSON.stringify(version)}; this verifier reads version ${BUNDLE_FORMAT_VERSION}`);
    return undefined;
  }
  return m;
}

function checkSignature(manifestBytes: Buffer | undefined, signatureText: string | undefined, manifest: BundleManifest | undefined, trusted: KeyObject | undefined): SignatureCheck {
  const bundleFingerprint = typeof manifest?.signature?.publicKeyFingerprint === 'string' ? manifest.signature.publicKeyFingerprint : undefined;
  let bundleKey: KeyObject | undefined;
  try {
    if (typeof manifest?.signature?.publicKeyPem === 'string') bundleKey = publicKeyFrom(manifest.signature.publicKeyPem);
  } catch (e) {
    if (!(e instanceof KeyFormatError)) throw e;
  }
  const key = trusted ?? bundleKey;
  const checkedWith = trusted ? 'trusted-key' : bundleKey ? 'bundle-key' : 'none';
  const fingerprint = key ? fingerprintOf(key) : undefined;
  const meaning = trusted
    ? `checked against the trusted public key ${fingerprint}: a valid signature proves the holder of its private key signed this manifest, and that it is unchanged`
    : `checked against the public key inside the bundle${bundleFingerprint ? ` (${bundleFingerprint})` : ''}: this proves the bundle is intact as signed, NOT who signed it; pass the signer's public key (--public-key) to check authorship`;
  const base = { checkedWith, fingerprint, bundleFingerprint, meaning } as const;
  if (!manifestBytes) return { ...base, valid: false, problem: `${MANIFEST_FILE} is missing` };
  if (signatureText === undefined) return { ...base, valid: false, problem: `${SIGNATURE_FILE} is missing` };
  if (!key) return { ...base, valid: false, problem: `no public key to check with: ${MANIFEST_FILE} carries none that can be read, and no trusted key was given` };
  if (verifyBytes(key, manifestBytes, signatureText)) return { ...base, valid: true };
  // Tell a foreign signer from a tampered manifest: does the bundle's own key still verify it?
  if (trusted && bundleKey && fingerprint !== fingerprintOf(bundleKey) && verifyBytes(bundleKey, manifestBytes, signatureText)) {
    return { ...base, valid: false, problem: `signed by another key (${fingerprintOf(bundleKey)}), not by the trusted key ${fingerprint}; the manifest itself is intact` };
  }
  return { ...base, valid: false, problem: `the signature in ${SIGNATURE_FILE} does not match ${MANIFEST_FILE}: one of them was changed${trusted ? ', or it was signed by another key' : ''}` };
}

async function checkFiles(dir: string, listed: ManifestFile[], problems: string[]) {
  const found = new Map((await listEntries(dir)).map((e) => [e.path, e]));
  const changed: ChangedFile[] = [];
  const removed: string[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  for (const file of listed) {
    if (!isSafeBundlePath(file.path) || UNLISTED_FILES.includes(file.path) || seen.has(file.path)) {
      problems.push(`${MANIFEST_FILE} lists a path that no bundle may hold: ${JSON.stringify(file.path)}`);
      continue;
    }
    seen.add(file.path);
    const entry = found.get(file.path);
    const expected = { bytes: file.bytes, sha256: file.sha256 };
    if (!entry) removed.push(file.path);
    else if (entry.special) changed.push({ path: file.path, reason: 'not a regular file (a link or special file)', expected });
    else {
      const actual = await hashFile(join(dir, ...file.path.split('/')));
      if (actual.sha256 === file.sha256 && actual.bytes === file.bytes) unchanged += 1;
      else changed.push({ path: file.path, reason: actual.bytes === file.bytes ? 'content differs (SHA-256)' : `size differs (${actual.bytes} bytes, manifest says ${file.bytes})`, expected, actual });
    }
  }
  const added = [...found.keys()].filter((p) => !seen.has(p) && !UNLISTED_FILES.includes(p));
  return { checked: seen.size, unchanged, changed, added, removed };
}
