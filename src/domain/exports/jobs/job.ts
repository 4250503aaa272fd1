/**
 * An export job as every replica sees it: the row of its (:_ExportJob) node in the database
 * (cypher/queries/export-jobs/), read back into a plain object. The file itself is in EXPORT_DIR,
 * named relative to it, since replicas may mount the shared folder at different paths.
 */
import type { ExportCounts, ExportFormat, ExportSelection, RedactionProfile } from '../types';

export type ExportJobStatus = 'RUNNING' | 'DONE' | 'FAILED';

export interface ExportJobProgress {
  /** queued, selecting, writing, sources… as runExport reports them. */
  phase: string;
  done: number;
  total?: number;
}

export interface ExportJobOutcome {
  sha256: string;
  bytes: number;
  counts: ExportCounts;
  redaction: RedactionProfile;
  notes: string[];
}

export interface ExportJob {
  id: string;
  /** The viewer who started it: only they (and admins) may see it. */
  owner: string;
  status: ExportJobStatus;
  format: ExportFormat;
  selection: ExportSelection;
  /** ISO 8601, UTC, from the database's clock. */
  createdAt: string;
  finishedAt?: string;
  /** Which replica runs (or ran) it: host, process id and a random part. */
  replica: string;
  progress: ExportJobProgress;
  /** The export under EXPORT_DIR (a file, or a folder for bundles and CSV), DONE only. */
  file?: string;
  result?: ExportJobOutcome;
  /** Why it failed, safe to show to its owner. */
  error?: string;
}

/** The row `export-jobs/_job-fields` returns. */
export interface ExportJobRow {
  id: string;
  owner: string;
  status: ExportJobStatus;
  format: ExportFormat;
  selection: string;
  replica: string;
  phase: string | null;
  done: number | null;
  total: number | null;
  file: string | null;
  sha256: string | null;
  bytes: number | null;
  counts: string | null;
  redaction: string | null;
  notes: string[] | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

const iso = (t: string) => new Date(t).toISOString();

export function jobFromRow(row: ExportJobRow): ExportJob {
  const done = row.status === 'DONE' && row.file && row.sha256 && row.counts && row.redaction;
  return {
    id: row.id,
    owner: row.owner,
    status: row.status,
    format: row.format,
    selection: JSON.parse(row.selection) as ExportSelection,
    createdAt: iso(row.createdAt),
    finishedAt: row.finishedAt ? iso(row.finishedAt) : undefined,
    replica: row.replica,
    progress: { phase: row.phase ?? 'queued', done: row.done ?? 0, total: row.total ?? undefined },
    file: done ? row.file! : undefined,
    result: done
      ? {
          sha256: row.sha256!,
          bytes: row.bytes ?? 0,
          counts: JSON.parse(row.counts!) as ExportCounts,
          redaction: JSON.parse(row.redaction!) as RedactionProfile,
          notes: row.notes ?? [],
        }
      : undefined,
    error: row.error ?? undefined,
  };
}
