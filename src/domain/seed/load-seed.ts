/**
 * The curated seed dataset (seed/*.jsonl, records v1): loaded into an empty database at start-up
 * and on demand by `evidence-graph seed`. It is small, so it goes in one transaction: all or nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../foundations/config/project-root';
import type { Graph } from '../../storage/db/graph';
import type { Logger } from '../../foundations/logger';
import { loadRecords, RecordsRejected } from '../writes/load-records';
import { readJsonLinesFile } from '../../storage/records/read-jsonl';
import type { NumberedRecord, RecordProblem } from '../../storage/records/validate';
import type { WriteSummary } from '../../storage/records/write/write-records';

export const SEED_DIR = () => join(projectRoot(), 'seed');

/** Reads every seed file; problems carry the file name in `recordType`-independent messages. */
export async function readSeed(dir = SEED_DIR()): Promise<NumberedRecord[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const records: NumberedRecord[] = [];
  const problems: RecordProblem[] = [];
  for (const f of files) {
    const parsed = await readJsonLinesFile(join(dir, f));
    records.push(...parsed.records);
    problems.push(...parsed.problems.map((p) => ({ ...p, message: `${f}: ${p.message}` })));
  }
  if (problems.length) throw new RecordsRejected(problems);
  return records;
}

/** The actor of the seeding `serve` does into an empty database. */
export const SEED_ACTOR = 'system:seed';

/** Loads the seed in one transaction, with one `seed` audit entry (each record's id and hash by outcome). */
export async function loadSeed(graph: Graph, dir = SEED_DIR(), actor = SEED_ACTOR): Promise<WriteSummary> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return loadRecords(graph, await readSeed(dir), { audit: { actor, asSet: { action: 'seed', target: 'seed', details: { files } } } });
}

export async function loadSeedIfEmpty(graph: Graph, logger: Logger): Promise<boolean> {
  const [row] = await graph.read<{ count: number }>('records/count');
  if ((row?.count ?? 0) > 0) return false;
  const summary = await loadSeed(graph);
  logger.info({ summary }, 'loaded the seed dataset into the empty database');
  return true;
}
