/**
 * Exports from GraphQL: `startExport` checks at once what it can (permission, selection, signing
 * key) and starts a background job (src/domain/exports/jobs); `exportJob` reports it to the user who
 * started it, or an admin, with the URL its file is downloaded from (src/entry/http/exports-download.ts).
 * Jobs are in the database, so any replica answers for a job any replica started.
 */
import type { ExportFormat as ApiExportFormat, ExportJob as ApiExportJob, Resolvers } from '../../../generated/graphql';
import { mayAccessExportJob, startExportJob, type ExportJob, type ExportJobStore } from '../../../domain/exports/jobs';
import type { ExportFormat } from '../../../domain/exports/types';
import { AppError, ErrorCode } from '../../../foundations/errors';
import type { Context } from '../context';

/** The GraphQL shape of a job: what its owner may know, never its folder on the server. */
function toApi(job: ExportJob): ApiExportJob {
  const r = job.result;
  return {
    id: job.id,
    status: job.status,
    progress: { phase: job.progress.phase, done: job.progress.done, total: job.progress.total ?? null },
    format: job.format.toUpperCase().replace('-', '_') as ApiExportFormat,
    selection: job.selection,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt ?? null,
    sha256: r?.sha256 ?? null,
    bytes: r?.bytes ?? null,
    counts: r?.counts ?? null,
    redaction: r?.redaction ?? null,
    notes: r?.notes ?? [],
    error: job.error ?? null,
    downloadUrl: job.status === 'DONE' ? exportDownloadPath(job.id) : null,
  };
}

/** The context's job store; in-process contexts built without one cannot run exports. */
function jobsOf(ctx: Context): ExportJobStore {
  if (!ctx.exportJobs) throw new AppError(ErrorCode.INTERNAL, 'exports from GraphQL need the service (its export job store)');
  return ctx.exportJobs;
}

export function exportDownloadPath(jobId: string): string {
  return `/exports/${encodeURIComponent(jobId)}/download`;
}

/** GraphQL's enum values (SEEDS, …) and explicit nulls to the selection the CLI takes. */
function selectionOf(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (v !== null && v !== undefined) out[k] = k === 'by' ? String(v).toLowerCase() : v;
  return out;
}

export const exportResolvers: Resolvers = {
  Mutation: {
    startExport: async (_p, { selection, format, metrics }, ctx) => {
      // The job outlives the request: its reads are not counted as this request's round trips.
      const job = await startExportJob(
        jobsOf(ctx),
        ctx.graph.withCounter({ count: 0 }),
        ctx.viewer,
        { selection: selectionOf(selection), format: format.toLowerCase().replace('_', '-') as ExportFormat, metrics: metrics ?? undefined },
        ctx.logger,
      );
      return toApi(job);
    },
  },
  Query: {
    exportJob: async (_p, { id }, ctx) => {
      const job = await jobsOf(ctx).get(id);
      return job && mayAccessExportJob(ctx.viewer, job) ? toApi(job) : null;
    },
  },
};
