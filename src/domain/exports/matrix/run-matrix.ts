/**
 * A matrix export end to end (runExport hands the matrix formats here, after the permission and the
 * selection are checked): the matrix prepared for the viewer, written beside `out` and renamed into
 * place only when complete, its SHA-256, and the export's audit entry, as every export has.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { GENESIS_HASH } from '../../audit';
import { auditExport } from '../../audit/exports';
import type { Viewer } from '../../auth/permissions';
import type { Graph } from '../../../storage/db/graph';
import { checkTarget, discard, moveIntoPlace, sha256OfFile } from '../output/files';
import type { ExportRequest, ExportResult, ExportSelection, MatrixFormat } from '../types';
import { prepareMatrix } from './prepare';
import { renderMatrix } from './render';

export async function runMatrixExport(graph: Graph, request: ExportRequest & { format: MatrixFormat; selection: ExportSelection }, viewer: Viewer): Promise<ExportResult> {
  const { format, selection } = request;
  const out = resolve(request.out);
  await checkTarget(out, false, !!request.force);
  const [head] = await graph.read<{ hash: string }>('audit/data-state');
  const databaseState = head?.hash ?? GENESIS_HASH;
  request.onProgress?.('selecting', 0);
  const prepared = await prepareMatrix(graph, selection, viewer);
  const temp = join(dirname(out), `.${basename(out)}.partial-${randomBytes(6).toString('hex')}`);
  try {
    request.onProgress?.('writing', 0, prepared.counts.records);
    await writeFile(temp, renderMatrix(format, prepared), { flag: 'wx' });
    const { sha256, bytes } = await sha256OfFile(temp);
    const { counts, redaction } = prepared;
    await graph.transaction((tx) =>
      auditExport(tx, {
        actor: viewer.id,
        target: `export:${sha256.slice(0, 16)}`,
        selection: { selection, format, file: basename(out), bytes, counts, redaction, databaseState },
        bundleHash: sha256,
      }),
    );
    await moveIntoPlace(temp, out, !!request.force);
    return { format, path: out, sha256, bytes, counts, redaction, notes: prepared.notes };
  } catch (e) {
    await discard(temp);
    throw e;
  }
}
