/**
 * W6 (import), folded into the run: the dataset is loaded by the real import pipeline, and its
 * rows/s are set beside a plain `UNWIND … MERGE` of the same records' properties into the same
 * empty database (run first, then cleared), and beside a re-import of the same file (all
 * unchanged). The import is the first into a fresh Neo4j, so it includes the planning of every
 * writer statement; `npm run bench:import` measures the warm steady state over several rounds.
 */
import { readJsonLinesFile } from '../src/storage/records/read-jsonl';
import { toWriteRow } from '../src/storage/records/write/rows';
import { importFile, plainMerge } from './import-steps';
import type { BenchDatabase } from './neo4j';

export interface ImportMeasured {
  records: number;
  importSeconds: number;
  importRowsPerSecond: number;
  plainMergeRowsPerSecond?: number;
  reimportRowsPerSecond?: number;
  /** import / plain merge. */
  ratio?: number;
}

export async function loadDataset(db: BenchDatabase, file: string, measure: boolean, log: (m: string) => void): Promise<ImportMeasured> {
  let plain: number | undefined;
  if (measure) {
    const parsed = await readJsonLinesFile(file);
    const rows = parsed.records.map(({ record }) => {
      const r = toWriteRow(record);
      return { id: r.id, props: r.props };
    });
    const s = await plainMerge(db, rows);
    plain = rows.length / s;
    log(`W6: plain UNWIND MERGE of ${rows.length} rows in ${s.toFixed(1)} s`);
    await db.clear();
  }
  log(`importing ${file}…`);
  const first = await importFile(db, file);
  log(`imported ${first.records} records in ${first.seconds.toFixed(1)} s`);
  const result: ImportMeasured = { records: first.records, importSeconds: first.seconds, importRowsPerSecond: first.records / first.seconds };
  if (measure) {
    const again = await importFile(db, file);
    log(`W6: re-import (all unchanged) in ${again.seconds.toFixed(1)} s`);
    result.plainMergeRowsPerSecond = plain;
    result.reimportRowsPerSecond = again.records / again.seconds;
    result.ratio = result.importRowsPerSecond / plain!;
  }
  return result;
}
