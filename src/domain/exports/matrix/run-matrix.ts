/**
 * A matrix export end to end (runExport hands the matrix formats here, after the permission and the
 * selection are checked): the matrix prepared for the viewer, written beside `out` and renamed into
 * place only when complete, its SHA-256, and the export's audit entry, as every export has.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Viewer } from '../../auth/permissions';
import type { Graph } from '../../../storage/db/graph';
import { readDatabaseState, writeAuditedExport } from '../output/audited-export';
import { checkTarget, sha256OfFile } from '../output/files';
import type { ExportRequest, ExportResult, ExportSelection, MatrixFormat } from '../types';
import { prepareMatrix } from './prepare';
import { renderMatrix } from './render';

export async function runMatrixExport(graph: Graph, request: ExportRequest & { format: MatrixFormat; selection: ExportSelection }, viewer: Viewer): Promise<ExportResult> {
  const { format, selection } = request;
  const out = resolve(request.out);
  await checkTarget(out, false, !!request.force);
  const databaseState = await readDatabaseState(graph);
  request.onProgress?.('selecting', 0);
  const prepared = await prepareMatrix(graph, selection, viewer);
  const { counts, redaction } = prepared;
  return writeAuditedExport(graph, { out, force: !!request.force, viewer, format, selection, counts, redaction, databaseState }, async (temp) => {
    request.onProgress?.('writing', 0, counts.records);
    await writeFile(temp, renderMatrix(format, prepared), { flag: 'wx' });
    return { ...(await sha256OfFile(temp)), notes: prepared.notes };
  });
}
