/**
 * Starting an export job for a viewer: the checks that can fail at once are made before the job
 * exists (permission, selection, a signing key for bundles), so a refusal is the mutation's error,
 * the same error `evidence-graph export` gives; the rest runs in the background through runExport,
 * with the viewer's permissions and redaction.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Viewer } from '../../auth/permissions';
import { requirePermission } from '../../auth/require-permission';
import { ConfigError } from '../../../foundations/config/environment';
import type { Graph } from '../../../storage/db/graph';
import { AppError, ErrorCode, fromDatabaseError, reportInternalError } from '../../../foundations/errors';
import type { Logger } from '../../../foundations/logger';
import { FORMAT_EXTENSIONS, isDirectoryFormat } from '../formats';
import { runExport } from '../run';
import { parseExportSelection } from '../selection/schema';
import { canSignBundles, loadSigningKey, NO_SIGNING_KEY_MESSAGE } from '../signing';
import type { ExportFormat } from '../types';
import type { ExportJob } from './job';
import type { ExportJobStore } from './store';

export interface ExportJobRequest {
  selection: unknown;
  format: ExportFormat;
  metrics?: boolean;
}

/** `graph`: what the export reads through; `jobs`: where the job is kept and run. */
export async function startExportJob(jobs: ExportJobStore, graph: Graph, viewer: Viewer, request: ExportJobRequest, logger: Logger): Promise<ExportJob> {
  const { format } = request;
  requirePermission({ viewer }, 'export');
  if (format === 'bundle') requirePermission({ viewer }, 'exportBundle');
  const selection = parseExportSelection(request.selection);
  const settings = jobs.settings;
  if (format === 'bundle' && !canSignBundles(settings.signing)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `format: ${NO_SIGNING_KEY_MESSAGE} (on the service)`, { field: 'format', reason: 'no-signing-key' });
  }
  return jobs.start(
    viewer.id,
    { format, selection },
    async (dir, onProgress) => {
      await mkdir(dir, { recursive: true });
      const signingKeyPem = format === 'bundle' ? (await loadSigningKey(settings.signing)).privateKeyPem : undefined;
      const out = join(dir, outputName(format));
      return runExport(graph, { selection, format, out, metrics: request.metrics, onProgress }, viewer, { sourcesDir: settings.sourcesDir, signingKeyPem });
    },
    (e) => failureMessage(e, logger),
  );
}

/** The export's name inside its job folder: a folder for bundles and CSV, else export.<ext>. */
export function outputName(format: ExportFormat): string {
  if (format === 'bundle') return 'bundle';
  if (isDirectoryFormat(format)) return format;
  return `export${FORMAT_EXTENSIONS[format] ?? `.${format}`}`;
}

function failureMessage(error: unknown, logger: Logger): string {
  const e = fromDatabaseError(error);
  if (e instanceof AppError) return e.message;
  if (e instanceof ConfigError) return e.problems.join('; ');
  return reportInternalError(logger, e, 'an export job failed with an internal error').message;
}
