/**
 * The manifest: what the bundle is (selection, counts, redaction, database state, tool) and the
 * size and SHA-256 of every file, signed over its exact bytes. Its JSON is produced the same way
 * every time (fixed key order, selection keys sorted, files by path), so two bundles of the same
 * input differ only in createdAt, and therefore in the signature.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { version } from '../../../foundations/version';
import type { BundleOptions, ExportInput, ExportSelection } from '../types';
import { signBytes } from '../signing';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST_FILE, PUBLIC_KEY_FILE, SIGNATURE_FILE, UNLISTED_FILES, type BundleManifest } from './layout';
import { describeFile, listEntries } from './list-files';

export interface ManifestKey {
  publicKeyPem: string;
  fingerprint: string;
}

export async function buildManifest(dir: string, input: ExportInput, options: BundleOptions, key: ManifestKey, notes: string[]): Promise<BundleManifest> {
  const files = [];
  for (const entry of await listEntries(dir)) {
    if (UNLISTED_FILES.includes(entry.path)) continue;
    files.push(await describeFile(dir, entry.path));
  }
  const { counts, redaction } = input;
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    tool: { name: 'evidence-graph', version },
    createdAt: options.createdAt,
    databaseState: options.databaseState,
    selection: sortedKeys(input.selection) as ExportSelection,
    counts: { records: counts.records, sources: counts.sources, nodes: counts.nodes, facts: counts.facts },
    redaction: {
      cleared: redaction.cleared,
      pseudonymised: redaction.pseudonymised,
      withheld: redaction.withheld,
      recordsOmitted: redaction.recordsOmitted,
      confidentialSources: redaction.confidentialSources,
    },
    signature: { algorithm: 'Ed25519', file: SIGNATURE_FILE, publicKeyFile: PUBLIC_KEY_FILE, publicKeyFingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem },
    notes,
    files,
  };
}

export function serializeManifest(manifest: BundleManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

export async function writeSignedManifest(dir: string, manifest: BundleManifest, privateKey: KeyObject) {
  const bytes = serializeManifest(manifest);
  const signature = `${signBytes(privateKey, bytes)}\n`;
  await writeFile(join(dir, MANIFEST_FILE), bytes);
  await writeFile(join(dir, SIGNATURE_FILE), signature);
  return { manifestSha256: createHash('sha256').update(bytes).digest('hex'), manifestBytes: bytes.length, signatureBytes: Buffer.byteLength(signature) };
}

/** A JSON value with every object's keys in sorted order (the selection comes from callers in any order). */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
