/**
 * Exports started from GraphQL run in the background of the serving process. This registry keeps
 * them: a bounded number at once (an export reads and writes for a while; these machines have two
 * cores shared with Neo4j), and only the most recent ones, whose folders under EXPORT_DIR are
 * removed when they are forgotten, so neither memory nor disk grows without end.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../errors';
import type { ExportFormat, ExportResult, ExportSelection } from '../types';

export type ExportJobStatus = 'RUNNING' | 'DONE' | 'FAILED';

export interface ExportJob {
  id: string;
  /** The viewer who started it: only they (and admins) may see it. */
  owner: string;
  status: ExportJobStatus;
  format: ExportFormat;
  selection: ExportSelection;
  createdAt: string;
  finishedAt?: string;
  /** The job's folder under EXPORT_DIR; the export itself is `result.path`. */
  dir: string;
  result?: ExportResult;
  /** Why it failed, safe to show to its owner. */
  error?: string;
  /** Settles when the job does (tests; never rejects). */
  settled: Promise<void>;
}

export interface ExportJobLimits {
  /** Jobs running at once; past it startExport is refused (LIMIT_EXCEEDED). */
  maxRunning: number;
  /** Jobs remembered; past it the oldest finished one is forgotten and its folder removed. */
  maxKept: number;
}

export const DEFAULT_EXPORT_JOB_LIMITS: ExportJobLimits = { maxRunning: 2, maxKept: 100 };

/** Runs the export into the job's folder (the path given) and says what it wrote. */
export type ExportJobWork = (dir: string) => Promise<ExportResult>;

/** What a failure says to the job's owner; anything else (a bug, a driver error) is logged by `onInternal`. */
export type FailureMessage = (error: unknown) => string;

export class ExportJobRegistry {
  private readonly jobs = new Map<string, ExportJob>();

  constructor(
    private readonly exportDir: string,
    private readonly limits: ExportJobLimits = DEFAULT_EXPORT_JOB_LIMITS,
  ) {}

  get(id: string): ExportJob | undefined {
    return this.jobs.get(id);
  }

  running(): number {
    return [...this.jobs.values()].filter((j) => j.status === 'RUNNING').length;
  }

  start(owner: string, what: { format: ExportFormat; selection: ExportSelection }, work: ExportJobWork, failure: FailureMessage): ExportJob {
    if (this.running() >= this.limits.maxRunning) {
      throw AppError.limit('startExport', `${this.limits.maxRunning} exports are running on this service, the most at once; start this one when one of them is done`);
    }
    const id = randomUUID();
    const job: ExportJob = { id, owner, status: 'RUNNING', ...what, createdAt: new Date().toISOString(), dir: join(this.exportDir, id), settled: Promise.resolve() };
    this.jobs.set(id, job);
    this.forgetOldest();
    job.settled = (async () => {
      try {
        job.result = await work(job.dir);
        job.status = 'DONE';
      } catch (e) {
        job.error = failure(e);
        job.status = 'FAILED';
        await rm(job.dir, { recursive: true, force: true }).catch(() => undefined);
      } finally {
        job.finishedAt = new Date().toISOString();
      }
    })();
    return job;
  }

  /** Beyond maxKept: the oldest finished jobs go, with their files (running ones are never dropped). */
  private forgetOldest(): void {
    for (const job of this.jobs.values()) {
      if (this.jobs.size <= this.limits.maxKept) return;
      if (job.status === 'RUNNING') continue;
      this.jobs.delete(job.id);
      void rm(job.dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
