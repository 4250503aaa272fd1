/**
 * The contract between the parts of an export, so each can be built and tested alone:
 *
 *   selection (what to export)  ──►  ExportInput (the selected records, redacted, re-readable)
 *        ──►  a FormatWriter (GraphML, GEXF, Cytoscape.js, neo4j-admin CSV, records v1, FtM)
 *        ──►  files; the bundle wraps several writers, hashes and signs; the audit records it.
 *
 * Records flow as records v1 (src/storage/records/schemas.ts), already fit for the viewer: withheld
 * persons absent with every record that links them, pseudonymised persons reduced to
 * `{type, id, name: pseudonym, pseudonym, protection}` (+ scrubbed citations), every text scrubbed
 * of protected names, confidential sources' content (file, quotes) left out for an uncleared
 * viewer. Format writers never see anything they must not write.
 */
import type { Writable } from 'node:stream';
import type { RecordV1 } from '../../storage/records/schemas';

/**
 * Formats a file export may have; `bundle` is a folder of several (see src/domain/exports/bundle). The
 * matrix formats print the element coverage of an accused's or an allegation's case (src/domain/coverage),
 * not records (src/domain/exports/matrix).
 */
export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape', 'csv', 'records', 'ftm', 'bundle', 'matrix-csv', 'matrix-html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const MATRIX_FORMATS = ['matrix-csv', 'matrix-html'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];
export const isMatrixFormat = (format: ExportFormat): format is MatrixFormat => (MATRIX_FORMATS as readonly string[]).includes(format);

/**
 * What to export. One shape for GraphQL (input ExportSelectionInput) and the CLI; validated by
 * exportSelectionSchema (src/domain/exports/selection/schema.ts).
 * - seeds: records by id and everything within `hops` links (date window, minimum grade, kinds);
 * - event: an event, its participants and its chain of command at `at` (default: its start date);
 * - allegation: an allegation with its accused, provision, events and their participants;
 * - accused: every allegation against an accused, each as above (the matrix formats: their case matrix);
 * - all: the whole graph.
 * Every selection is closed over references (a posting brings its person and organisation, a
 * fact its cited sources), so the records export re-imports into an empty database.
 */
export type ExportSelection =
  | { by: 'seeds'; ids: string[]; hops?: number; from?: string; to?: string; minGrade?: string; kinds?: string[] }
  | { by: 'event'; event: string; at?: string }
  | { by: 'allegation'; allegation: string }
  | { by: 'accused'; accused: string }
  | { by: 'all' };

/** What was done to protect identities: recorded in every bundle manifest and export audit entry. */
export interface RedactionProfile {
  /** The viewer may see protected identities: nothing was redacted. */
  cleared: boolean;
  /** Persons shown only under their pseudonym. */
  pseudonymised: number;
  /** Persons left out with their links (and the records that linked them). */
  withheld: number;
  /** Records left out because they linked a withheld person. */
  recordsOmitted: number;
  /** Sources whose content (held file, quotes) was left out as confidential. */
  confidentialSources: number;
}

/** Counts known before writing (for progress bars and manifests). */
export interface ExportCounts {
  records: number;
  sources: number;
  /** Entities, legal provisions and allegations: the nodes of the drawn graph. */
  nodes: number;
  /** Facts: the records that become edges of the drawn graph. */
  facts: number;
}

/**
 * The selected records for one viewer. `records()` may be called more than once (a writer that
 * needs two passes, e.g. nodes then edges, or metrics then attributes); each call reads from the
 * database again in chunks, so memory does not grow with the export. Order is deterministic:
 * sources, then entities, legal provisions, allegations, then facts, each by record type and id.
 */
export interface ExportInput {
  selection: ExportSelection;
  counts: ExportCounts;
  redaction: RedactionProfile;
  records(): AsyncIterable<RecordV1>;
}

export interface FormatOptions {
  /** Called with the number of records written so far (progress bars). */
  onProgress?: (written: number) => void;
  /** Compute network metrics (degree, betweenness, community) as node attributes; default true for graph formats. */
  metrics?: boolean;
}

export interface FormatResult {
  /** Records or elements written, for the summary. */
  written: number;
  /** Anything the format could not carry (e.g. FtM has no counterpart for a record type), counted by reason. */
  notes: string[];
}

/** A single-file format: writes the whole export to `out` and ends it. */
export type FormatWriter = (input: ExportInput, out: Writable, options?: FormatOptions) => Promise<FormatResult>;

/** One export as asked by the CLI or GraphQL (src/domain/exports/run.ts runs it). */
export interface ExportRequest {
  selection: ExportSelection;
  format: ExportFormat;
  /** A file path, or a folder for `bundle`. Written next to it first and renamed: never half-written. */
  out: string;
  metrics?: boolean;
  /** Replace `out` if it exists (default: refuse, so an earlier export is never lost by mistake). */
  force?: boolean;
  onProgress?: (phase: string, done: number, total?: number) => void;
}

export interface ExportResult {
  format: ExportFormat;
  path: string;
  /** SHA-256 (hex) of the file, or of the bundle's manifest.json: what the audit entry records. */
  sha256: string;
  bytes: number;
  counts: ExportCounts;
  redaction: RedactionProfile;
  notes: string[];
}

export interface BundleOptions {
  /** Ed25519 private key (PEM, PKCS#8); the manifest is signed with it. */
  signingKeyPem: string;
  /** Folder of held source files (config.sourcesDir): a cited source's `file` is copied from here. */
  sourcesDir: string;
  /** The database's state marker at export time (the audit chain's head hash). */
  databaseState: string;
  /** ISO time of the export: the only field besides the signature that differs between two equal exports. */
  createdAt: string;
  /** Further files to include and sign, by path inside the bundle (the case matrix of an allegation or accused). */
  extraFiles?: readonly { path: string; content: string }[];
  onProgress?: (phase: string, done: number, total?: number) => void;
}

export interface BundleResult {
  /** SHA-256 (hex) of manifest.json. */
  manifestSha256: string;
  files: number;
  bytes: number;
  notes: string[];
}

/** Writes a referral bundle into `dir` (which must not exist yet). */
export type BundleWriter = (input: ExportInput, dir: string, options: BundleOptions) => Promise<BundleResult>;
