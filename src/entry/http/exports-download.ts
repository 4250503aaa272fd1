/**
 * GET /exports/<job id>/download: the file of a finished GraphQL export job, with the same bearer
 * token, for the user who started it or an admin (anyone else: 404, as for a job that does not
 * exist). A single-file format is sent as is; a folder (a referral bundle, the neo4j-admin CSV) as
 * a tar archive that unpacks into the folder `evidence-graph verify` checks. The export's SHA-256
 * (of a bundle: of its manifest.json) is in the X-Export-SHA256 header, as in the audit entry.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Router, type RequestHandler } from 'express';
import { ErrorCode } from '../../foundations/errors';
import { tarFolder } from '../../domain/exports/bundle';
import { mayAccessExportJob, type ExportJobStore } from '../../domain/exports/jobs';
import type { ExportFormat } from '../../domain/exports/types';
import type { Logger } from '../../foundations/logger';
import { viewerOf } from './authenticate';
import { fail, sendError } from './json-errors';

const CONTENT_TYPES: Partial<Record<ExportFormat, string>> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  cytoscape: 'application/json',
  records: 'application/x-ndjson',
  ftm: 'application/x-ndjson',
  'matrix-csv': 'text/csv; charset=utf-8',
  'matrix-html': 'text/html; charset=utf-8',
};

/** `guard`: the authentication and rate limit /graphql goes through; `jobs`: the jobs every replica shares. */
export function exportDownloadRoutes(guard: readonly RequestHandler[], jobs: ExportJobStore, logger: Logger): Router {
  const router = Router();
  router.get('/exports/:id/download', ...guard, async (req, res) => {
    const id = String(req.params.id);
    const job = await jobs.get(id).catch((e: unknown) => fail(res, logger, e));
    if (res.headersSent) return;
    if (!job || !mayAccessExportJob(viewerOf(res)!, job)) return sendError(res, 404, ErrorCode.NOT_FOUND, `no export job with id "${id}"`);
    if (job.status === 'RUNNING') return sendError(res, 409, ErrorCode.CONFLICT, 'the export is still running; poll exportJob until its status is DONE');
    const path = jobs.pathOf(job);
    if (job.status === 'FAILED' || !job.result || !path) return sendError(res, 409, ErrorCode.CONFLICT, `the export failed: ${job.error ?? 'no file'}`);
    const { sha256 } = job.result;
    const format = job.format;
    // EXPORT_DIR is shared by every replica; a file missing here means it is not (or was removed).
    const info = await stat(path).catch(() => undefined);
    if (!info) return sendError(res, 404, ErrorCode.NOT_FOUND, "the export's file is no longer on the service; start the export again");
    res.set('X-Export-SHA256', sha256);
    try {
      if (info.isDirectory()) {
        const top = `${format}-${job.id}`;
        // attachment() sets a type from the file name: the explicit type goes after it.
        res.attachment(`${top}.tar`).type('application/x-tar');
        await pipeline(tarFolder(path, top), res);
      } else {
        res.attachment(`${format}-${job.id}${path.slice(path.lastIndexOf('.'))}`).type(CONTENT_TYPES[format] ?? 'application/octet-stream');
        res.set('Content-Length', String(info.size));
        await pipeline(createReadStream(path), res);
      }
    } catch (e) {
      // Headers are gone: all that is left is to cut the response, so the client sees it incomplete.
      logger.warn({ err: e, job: job.id }, 'export download interrupted');
      res.destroy();
    }
  });
  return router;
}
