/**
 * A bulk import, end to end: validate everything first; refuse the whole input if anything is wrong
 * (or, with skipInvalid, set the bad lines aside in a reject file); then write in dependency
 * tiers, batch by batch, resuming after the last committed batch of an interrupted run.
 */
import { writeFile } from 'node:fs/promises';
import type { Graph } from '../../storage/db/graph';
import { storedRecords } from '../../storage/records/stored-records';
import { batchesDone, importKey } from './checkpoint';
import type { FormatReader } from './formats/types';
import type { ImportReport } from './report';
import { WRITE_TIERS } from './tiers';
import { validateInput, type ProgressTick } from './validate-pass';
import { batchCount, writeInput } from './write-pass';

export const DEFAULT_BATCH_SIZE = 1000;

export interface ImportOptions {
  file: string;
  format: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  /** Where rejected lines go with skipInvalid (records v1 JSON Lines). */
  rejectFile?: string;
  batchSize?: number;
  /** The input's identity for resuming; a hash of the file by default. */
  key?: string;
  tick?: ProgressTick;
  /** Who imports (a viewer id, "cli:<user>"), named in each batch's audit entry. */
  actor?: string;
}

/** The actor of an import whose caller named none: still audited, visibly unattributed. */
export const UNATTRIBUTED = 'unattributed';

export async function runImport(graph: Graph, reader: FormatReader, opts: ImportOptions): Promise<ImportReport> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const validation = await validateInput(reader, storedRecords(graph), { skipInvalid: !!opts.skipInvalid, tick: opts.tick });
  const rejectedByType: Partial<Record<string, number>> = {};
  for (const line of validation.invalidLines) {
    const t = validation.invalidTypes.get(line) ?? 'unknown';
    rejectedByType[t] = (rejectedByType[t] ?? 0) + 1;
  }
  const report: ImportReport = {
    file: opts.file,
    format: opts.format,
    records: validation.records,
    // In file order: what a person fixing the file works through.
    problems: [...validation.problems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)),
    notes: reader.notes(),
    rejectedLines: [...validation.invalidLines].sort((a, b) => a - b),
    rejectedByType,
    summary: {},
    dryRun: !!opts.dryRun,
    written: false,
    resumedBatches: 0,
    batches: 0,
  };
  if (opts.dryRun || (validation.invalidLines.size && !opts.skipInvalid)) return report;

  if (opts.skipInvalid && validation.invalidLines.size && opts.rejectFile) {
    report.rejectFile = opts.rejectFile;
    await writeRejects(reader, validation.invalidLines, opts.rejectFile);
  }

  // Count the valid records per tier so batches can be numbered before writing: from what the
  // validation noted of each line, with no pass over the file.
  const tierCounts = WRITE_TIERS.map(() => 0);
  let contradicting = 0;
  for (const line of validation.lines.lines()) {
    if (validation.invalidLines.has(line)) continue;
    tierCounts[validation.lines.tier(line)]! += 1;
    if (validation.lines.contradicts(line)) contradicting += 1;
  }
  const key = opts.key ?? (await importKey(opts.file, { batchSize, skipInvalid: !!opts.skipInvalid }));
  const previous = await batchesDone(graph, key);
  const plan = {
    reader,
    lines: validation.lines,
    invalidLines: validation.invalidLines,
    tierCounts,
    contradicting,
    batchSize,
    key,
    file: opts.file,
    skip: previous.finished ? 0 : previous.done,
    actor: opts.actor ?? UNATTRIBUTED,
  };
  report.batches = batchCount(plan);
  report.resumedBatches = plan.skip;
  report.summary = await writeInput(graph, plan, opts.tick);
  report.written = true;
  return report;
}

/** Rejected items as records v1 JSON Lines (the raw object as read), ready to be fixed and re-imported. */
async function writeRejects(reader: FormatReader, lines: Set<number>, path: string): Promise<void> {
  const out: string[] = [];
  for await (const item of reader.items((line) => lines.has(line))) {
    if (lines.has(item.line) && item.raw !== undefined) out.push(JSON.stringify(item.raw));
  }
  await writeFile(path, out.length ? `${out.join('\n')}\n` : '');
}
