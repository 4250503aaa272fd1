/**
 * What a referral bundle holds, and the manifest that lists it. The layout and the manifest's
 * shape are a published format (`formatVersion`): a verifier written elsewhere can rely on them.
 *
 *   manifest.json          this manifest (signed)
 *   manifest.sig           Ed25519 signature of manifest.json's exact bytes, base64
 *   public-key.pem         the signer's public key (SPKI PEM), also inside the manifest
 *   records.jsonl          the selection as records v1 (re-importable)
 *   graph.graphml          the same as a drawable graph (GraphML)
 *   sources/sources.jsonl  every exported Source record (metadata)
 *   sources/files/<file>   each exported source's held document, where the service holds it
 *   matrix/element-coverage.csv, .html   for an allegation or accused selection: its case matrix
 */
import type { ExportCounts, ExportSelection, RedactionProfile } from '../types';

export const BUNDLE_FORMAT = 'evidence-graph referral bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
export const PUBLIC_KEY_FILE = 'public-key.pem';
export const RECORDS_FILE = 'records.jsonl';
export const GRAPHML_FILE = 'graph.graphml';
export const SOURCES_FILE = 'sources/sources.jsonl';
export const SOURCE_FILES_DIR = 'sources/files';
export const MATRIX_CSV_FILE = 'matrix/element-coverage.csv';
export const MATRIX_HTML_FILE = 'matrix/element-coverage.html';

/** The two files the manifest cannot list: itself and its signature. */
export const UNLISTED_FILES: readonly string[] = [MANIFEST_FILE, SIGNATURE_FILE];

export interface ManifestFile {
  /** Relative to the bundle folder, with "/" separators. */
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  formatVersion: typeof BUNDLE_FORMAT_VERSION;
  tool: { name: string; version: string };
  createdAt: string;
  /** The audit chain's head hash when the export was read: which state of the database this is. */
  databaseState: string;
  selection: ExportSelection;
  counts: ExportCounts;
  redaction: RedactionProfile;
  signature: { algorithm: 'Ed25519'; file: string; publicKeyFile: string; publicKeyFingerprint: string; publicKeyPem: string };
  /** What could not be included (a source file not held, a format not available), in order. */
  notes: string[];
  /** Every file of the bundle except manifest.json and manifest.sig, sorted by path. */
  files: ManifestFile[];
}

/** Byte order of the UTF-8 paths: the same everywhere, unlike localeCompare. */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A manifest path that stays inside the bundle: relative, "/"-separated, no "." or ".." steps. */
export function isSafeBundlePath(path: string): boolean {
  if (!path || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((step) => step !== '' && step !== '.' && step !== '..');
}
