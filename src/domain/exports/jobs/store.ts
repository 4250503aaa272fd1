/**
 * Export jobs started from GraphQL, kept in the database so that every replica of the service
 * knows them: a job started on one replica is polled and downloaded on any other, its file in
 * EXPORT_DIR, a folder every replica shares. The replica that starts a job runs it in its own
 * background and says so with a heartbeat; a RUNNING job whose heartbeat stops (its process was
 * killed, its machine lost) is marked FAILED once EXPORT_JOB_STALE_SECONDS have passed, by
 * whichever replica looks at it next, so no poll waits forever.
 *
 * Each replica runs a bounded number of jobs at once (an export reads and writes for a while; the
 * machines have two cores shared with Neo4j), and only the most recent jobs are kept: older
 * finished ones are removed with their folders, so neither the database nor the disk grows
 * without end.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Graph } from '../../../storage/db/graph';
import { AppError } from '../../../foundations/errors';
import type { Logger } from '../../../foundations/logger';
import type { ExportFormat, ExportResult, ExportSelection } from '../types';
import { jobFromRow, type ExportJob, type ExportJobProgress, type ExportJobRow } from './job';
import type { ExportJobSettings } from './settings';

export interface ExportJobLimits {
  /** Jobs this replica runs at once; past it startExport is refused (LIMIT_EXCEEDED). */
  maxRunning: number;
  /** Finished jobs kept across all replicas; past it the oldest are removed with their folders. */
  kept: number;
  /** How often the running replica writes its heartbeat (and the job's progress). */
  heartbeatMs: number;
  /** A RUNNING job without a heartbeat for this long is FAILED. */
  staleMs: number;
}

/** Runs the export into the job's folder (the path given), reporting progress, and says what it wrote. */
export type ExportJobWork = (dir: string, onProgress: (phase: string, done: number, total?: number) => void) => Promise<ExportResult>;

/** What a failure says to the job's owner; anything else (a bug, a driver error) is logged by it. */
export type FailureMessage = (error: unknown) => string;

interface LocalRun {
  progress: ExportJobProgress;
  settled: Promise<void>;
  heartbeat?: NodeJS.Timeout;
}

const STOPPED = 'the service replica running this export was shut down before it finished; start the export again';

export class ExportJobStore {
  /** Jobs this process runs: for the limit, the heartbeats and an orderly shutdown. */
  private readonly local = new Map<string, LocalRun>();
  /** Names this process in its jobs (for the operator; never shown to users). */
  readonly replica = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly graph: Graph,
    readonly settings: ExportJobSettings,
    readonly limits: ExportJobLimits,
    private readonly logger: Logger,
  ) {}

  /** The job, as the database has it now; a RUNNING job whose replica is gone comes back FAILED. */
  async get(id: string): Promise<ExportJob | undefined> {
    const [row] = await this.graph.readFromLeader<{ stale: boolean; job: ExportJobRow }>('export-jobs/get', { id, staleMs: this.limits.staleMs });
    if (!row) return undefined;
    if (!row.stale) return jobFromRow(row.job);
    await this.expireStale(id);
    const [after] = await this.graph.readFromLeader<{ job: ExportJobRow }>('export-jobs/get', { id, staleMs: this.limits.staleMs });
    return after ? jobFromRow(after.job) : undefined;
  }

  /** Jobs running in this process (not on other replicas). */
  runningHere(): number {
    return this.local.size;
  }

  /** Settles when this process's run of the job does (tests); undefined when it runs elsewhere or is over. */
  settled(id: string): Promise<void> | undefined {
    return this.local.get(id)?.settled;
  }

  /** Where a DONE job's export is on this replica: under EXPORT_DIR, never outside it. */
  pathOf(job: ExportJob): string | undefined {
    if (!job.file) return undefined;
    const path = resolve(this.settings.exportDir, job.file);
    const inside = relative(this.settings.exportDir, path);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? path : undefined;
  }

  async start(owner: string, what: { format: ExportFormat; selection: ExportSelection }, work: ExportJobWork, failure: FailureMessage): Promise<ExportJob> {
    if (this.local.size >= this.limits.maxRunning) {
      throw AppError.limit('startExport', `${this.limits.maxRunning} exports are running on this service, the most at once; start this one when one of them is done`);
    }
    const id = randomUUID();
    // Held before the first await, so concurrent requests cannot pass the limit together.
    const run: LocalRun = { progress: { phase: 'queued', done: 0 }, settled: Promise.resolve() };
    this.local.set(id, run);
    let row: ExportJobRow | undefined;
    try {
      const [created] = await this.graph.write<{ job: ExportJobRow }>('export-jobs/create', {
        id,
        owner,
        format: what.format,
        selection: JSON.stringify(what.selection),
        replica: this.replica,
      });
      row = created?.job;
    } finally {
      if (!row) this.local.delete(id);
    }
    run.settled = this.run(id, run, work, failure);
    // Old jobs go while new ones come; in the background, as the request need not wait for it.
    void this.tidy();
    return jobFromRow(row!);
  }

  /** On shutdown: heartbeats stop and this process's running jobs are FAILED, as they will not finish. */
  async close(): Promise<void> {
    const ids = [...this.local.keys()];
    for (const run of this.local.values()) clearInterval(run.heartbeat);
    this.local.clear();
    await Promise.all(ids.map((id) => this.end(id, { status: 'FAILED', error: STOPPED }).catch((e: unknown) => this.logger.warn({ err: e, job: id }, 'could not mark an export job stopped'))));
  }

  private async run(id: string, run: LocalRun, work: ExportJobWork, failure: FailureMessage): Promise<void> {
    const dir = join(this.settings.exportDir, id);
    run.heartbeat = this.startHeartbeat(id, run);
    try {
      const result = await work(dir, (phase, done, total) => (run.progress = { phase, done, total }));
      const ended = await this.end(id, { status: 'DONE', file: relative(this.settings.exportDir, result.path), ...result });
      if (!ended) {
        this.logger.warn({ job: id }, 'an export finished after it was given up as stale; its file is removed');
        await this.removeFolder(id);
      }
    } catch (e) {
      await this.end(id, { status: 'FAILED', error: failure(e) }).catch((err: unknown) => this.logger.error({ err, job: id }, 'could not record a failed export job'));
      await this.removeFolder(id);
    } finally {
      clearInterval(run.heartbeat);
      this.local.delete(id);
    }
  }

  private startHeartbeat(id: string, run: LocalRun): NodeJS.Timeout {
    let beating = false;
    const timer = setInterval(() => {
      if (beating) return;
      beating = true;
      const { phase, done, total } = run.progress;
      this.graph
        .write('export-jobs/heartbeat', { id, phase, done, total: total ?? null })
        .catch((e: unknown) => this.logger.warn({ err: e, job: id }, 'export job heartbeat failed'))
        .finally(() => (beating = false));
    }, this.limits.heartbeatMs);
    // A heartbeat alone does not keep the process alive.
    timer.unref();
    return timer;
  }

  /** Ends a RUNNING job; false when it was no longer RUNNING (given up as stale meanwhile). */
  private async end(id: string, outcome: { status: 'DONE' | 'FAILED'; error?: string; file?: string } & Partial<Omit<ExportResult, 'path' | 'format'>>): Promise<boolean> {
    const [row] = await this.graph.write<{ ended: boolean }>('export-jobs/finish', {
      id,
      status: outcome.status,
      phase: outcome.status === 'DONE' ? 'done' : 'failed',
      file: outcome.file ?? null,
      sha256: outcome.sha256 ?? null,
      bytes: outcome.bytes ?? null,
      counts: outcome.counts ? JSON.stringify(outcome.counts) : null,
      redaction: outcome.redaction ? JSON.stringify(outcome.redaction) : null,
      notes: outcome.notes ?? null,
      error: outcome.error ?? null,
    });
    return row?.ended ?? false;
  }

  /** Marks stale RUNNING jobs FAILED (one, or all when `id` is null) and removes their folders. */
  private async expireStale(id: string | null): Promise<void> {
    const seconds = Math.round(this.limits.staleMs / 1000);
    const error = `the export stopped: the service replica running it sent no sign of life for ${seconds} s (it was stopped or lost); start the export again`;
    const rows = await this.graph.write<{ id: string }>('export-jobs/expire-stale', { id, staleMs: this.limits.staleMs, error });
    for (const row of rows) {
      this.logger.warn({ job: row.id }, 'an export job lost its replica and was marked FAILED');
      await this.removeFolder(row.id);
    }
  }

  /** Stale jobs failed, and the oldest finished jobs beyond `kept` removed with their folders. */
  private async tidy(): Promise<void> {
    try {
      await this.expireStale(null);
      const pruned = await this.graph.write<{ id: string }>('export-jobs/prune', { kept: this.limits.kept });
      for (const row of pruned) await this.removeFolder(row.id);
    } catch (e) {
      this.logger.warn({ err: e }, 'could not tidy the export jobs; the next export tries again');
    }
  }

  private removeFolder(id: string): Promise<void> {
    return rm(join(this.settings.exportDir, id), { recursive: true, force: true }).catch(() => undefined);
  }
}
