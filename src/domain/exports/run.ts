/**
 * One export, end to end (the CLI and GraphQL call this): permission, selection, the records for
 * the viewer, the format written next to `out` and renamed into place only when complete, its
 * SHA-256 (for a folder format, of its sha256sum-style listing; for a bundle, of its manifest), and
 * the audit entry. Nothing reaches `out` unless it was written whole and audited.
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { requirePermission } from '../auth/require-permission';
import type { Viewer } from '../auth/permissions';
import type { Graph } from '../../storage/db/graph';
import { AppError, ErrorCode } from '../../foundations/errors';
import { writeBundle } from './bundle';
import { directoryDigest, getDirectoryFormatWriter, getFormatWriter, isDirectoryFormat } from './formats';
import { createExportInput, type PreparedExport } from './input';
import { readDatabaseState, writeAuditedExport, type WrittenOutput } from './output/audited-export';
import { checkTarget, sha256OfFile } from './output/files';
import { parseExportSelection } from './selection';
import { MATRIX_CSV_FILE, MATRIX_HTML_FILE } from './bundle/layout';
import { prepareMatrix, renderMatrix, runMatrixExport } from './matrix';
import { EXPORT_FORMATS, isMatrixFormat, type ExportFormat, type ExportRequest, type ExportResult, type ExportSelection, type MatrixFormat } from './types';

export interface ExportDeps {
  /** Folder of held source files (config.sourcesDir), for bundles. */
  sourcesDir: string;
  /** Ed25519 private key (PKCS#8 PEM) that signs bundles; required for `bundle`. */
  signingKeyPem?: string;
  /** The clock (tests). */
  now?: () => Date;
}

export async function runExport(graph: Graph, request: ExportRequest, viewer: Viewer, deps: ExportDeps): Promise<ExportResult> {
  requirePermission({ viewer }, 'export');
  const format = checkFormat(request.format);
  if (format === 'bundle') requirePermission({ viewer }, 'exportBundle');
  const selection = parseExportSelection(request.selection);
  if (isMatrixFormat(format)) return runMatrixExport(graph, { ...request, format, selection }, viewer);
  if (format === 'bundle' && !deps.signingKeyPem) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'referral bundles are signed, and no signing key was given (EXPORT_SIGNING_KEY_FILE)', { field: 'signingKey' });
  }
  const out = resolve(request.out);
  // A bundle and a folder format (csv: neo4j-admin's node and relationship files) write a folder.
  await checkTarget(out, format === 'bundle' || isDirectoryFormat(format), !!request.force);
  const progress = request.onProgress;
  const databaseState = await readDatabaseState(graph);
  progress?.('selecting', 0);
  const input = await createExportInput(graph, selection, viewer, { onProgress: (selected) => progress?.('selecting', selected) });
  const { counts, redaction } = input;
  return writeAuditedExport(graph, { out, force: !!request.force, viewer, format, selection, counts, redaction, databaseState }, async (temp) => {
    progress?.('writing', 0, counts.records);
    const written = await writeExport(graph, { format, input, temp, request, viewer, deps, selection, databaseState });
    return { ...written, notes: [...input.notes, ...written.notes] };
  });
}

/** What writing an export needs: the format, the records read for the viewer, and where to write them. */
interface ExportWrite {
  format: Exclude<ExportFormat, MatrixFormat>;
  input: PreparedExport;
  temp: string;
  request: ExportRequest;
  viewer: Viewer;
  deps: ExportDeps;
  selection: ExportSelection;
  databaseState: string;
}

/** Writes the export at `temp`: a signed bundle, a folder format or one file; its digest is the manifest's, the folder listing's or the file's. */
async function writeExport(graph: Graph, w: ExportWrite): Promise<WrittenOutput> {
  const { format, input, temp, request, deps } = w;
  const total = input.counts.records;
  const onProgress = (n: number) => request.onProgress?.('writing', n, total);
  if (format === 'bundle') {
    const bundle = await writeBundle(input, temp, {
      signingKeyPem: deps.signingKeyPem!,
      sourcesDir: deps.sourcesDir,
      databaseState: w.databaseState,
      createdAt: (deps.now?.() ?? new Date()).toISOString(),
      extraFiles: await matrixFiles(graph, w.selection, w.viewer),
      onProgress: request.onProgress,
    });
    return { sha256: bundle.manifestSha256, bytes: bundle.bytes, notes: bundle.notes };
  }
  if (isDirectoryFormat(format)) {
    const written = await getDirectoryFormatWriter(format)(input, temp, { metrics: request.metrics, onProgress });
    // One digest for the folder: the SHA-256 of its sha256sum-style listing.
    return { ...(await directoryDigest(temp, written.files)), notes: written.notes };
  }
  const stream = createWriteStream(temp, { flags: 'wx' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  let notes: string[];
  try {
    notes = (await Promise.race([getFormatWriter(format)(input, stream, { metrics: request.metrics, onProgress }), failed])).notes;
  } finally {
    stream.destroy(); // a no-op once the writer has ended it; closes the file if the writer failed
  }
  return { ...(await sha256OfFile(temp)), notes };
}

/** A bundle of an allegation or an accused carries its case matrix, as CSV and as the printable page, signed with the rest. */
async function matrixFiles(graph: Graph, selection: ExportSelection, viewer: Viewer): Promise<{ path: string; content: string }[]> {
  if (selection.by !== 'allegation' && selection.by !== 'accused') return [];
  const prepared = await prepareMatrix(graph, selection, viewer);
  return [
    { path: MATRIX_CSV_FILE, content: renderMatrix('matrix-csv', prepared) },
    { path: MATRIX_HTML_FILE, content: renderMatrix('matrix-html', prepared) },
  ];
}

function checkFormat(format: unknown): ExportFormat {
  if (typeof format === 'string' && (EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new AppError(ErrorCode.BAD_USER_INPUT, `format: must be one of ${EXPORT_FORMATS.join(', ')}`, { field: 'format' });
}
