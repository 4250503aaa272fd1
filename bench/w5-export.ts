/**
 * W5 (export): a records v1 export of a ~10k-record and a ~100k-record selection, each in a child
 * process of its own (bench/w5-export-child.ts) so that its peak memory (the child's max RSS, and
 * the highest heap sampled) is the export's alone. Runs only when src/domain/exports/run.ts exists and
 * exports `runExport`: otherwise the workload is reported as skipped.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportSelection } from '../src/domain/exports/types';

export interface ExportMeasured {
  size: string;
  selection: ExportSelection;
  seconds?: number;
  records?: number;
  bytes?: number;
  maxRssMiB?: number;
  /** The child's RSS before the export began. */
  baselineRssMiB?: number;
  peakHeapMiB?: number;
  error?: string;
}

export interface ChildRequest {
  bolt: string;
  password: string;
  selection: ExportSelection;
  out: string;
}

/** The compiled export entry point, when issue 7's runner has been written. */
export function exportRunner(): string | null {
  const file = join(__dirname, '..', 'src', 'domain', 'exports', 'run.js');
  if (!existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time from a path, to see whether it exports runExport yet
  const mod = require(file) as Record<string, unknown>;
  return typeof mod.runExport === 'function' ? file : null;
}

export function runExportChild(request: Omit<ChildRequest, 'out'>, size: string): Promise<ExportMeasured> {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-graph-bench-export-'));
  const child = fork(join(__dirname, 'w5-export-child.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<ExportMeasured>((resolve) => {
    let answered = false;
    child.on('message', (m) => {
      answered = true;
      resolve({ size, selection: request.selection, ...(m as Omit<ExportMeasured, 'size' | 'selection'>) });
    });
    child.on('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      if (!answered) resolve({ size, selection: request.selection, error: `the export child exited with code ${code}` });
    });
    child.send({ ...request, out: join(dir, 'export.jsonl') } satisfies ChildRequest);
  });
}
