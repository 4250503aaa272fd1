/**
 * `npm run bench:import -- --scale 10 --end-to-end`: one import of the whole synthetic file into
 * an empty Neo4j, end to end, in a child process of its own (bench/import-child.ts), with its
 * time and peak memory: the import process's max RSS and sampled peak heap, and the Neo4j
 * process's peak resident memory (VmHWM). No plain MERGE beside it: at scale 10 its prepared rows
 * alone would hold a million records in memory. Run it on a quiet machine.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportChildRequest, ImportChildResult } from './import-child';
import type { BenchDatabase } from './neo4j';

export interface EndToEnd extends ImportChildResult {
  neo4jPeakRssMiB?: number;
}

/** Peak resident memory of a process (Linux), in MiB; undefined elsewhere. */
function peakRssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function importEndToEnd(db: BenchDatabase, file: string): Promise<EndToEnd> {
  const child = fork(join(__dirname, 'import-child.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const result = await new Promise<ImportChildResult>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ImportChildResult));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the import child exited (${code}) before reporting`)));
    child.send({ bolt: db.bolt, password: db.password, file } satisfies ImportChildRequest);
  });
  if (result.error) throw new Error(`end-to-end import: ${result.error}`);
  return { ...result, neo4jPeakRssMiB: peakRssMiB(db.pid) };
}
