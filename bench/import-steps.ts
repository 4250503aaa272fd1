/** The two import measurements shared by bench/import.ts and bench/run.ts (W6). */
import { toCypherParams } from '../src/storage/db/graph';
import { openReader } from '../src/domain/import/formats';
import { DEFAULT_BATCH_SIZE, runImport } from '../src/domain/import/pipeline';
import type { BenchDatabase } from './neo4j';

export const PLAIN_MERGE = 'UNWIND $rows AS row MERGE (n:Record {id: row.id}) SET n += row.props';

/**
 * The plain MERGE with each record's labels as well (`$(row.labels)`): the nodes exactly as the
 * import leaves them, with their uniqueness constraints, indexes and full-text indexes kept up,
 * but no relationships, no validation, no hash, no audit: how much of the gap the labels alone are.
 */
export const PLAIN_MERGE_LABELLED = 'UNWIND $rows AS row MERGE (n:Record {id: row.id}) SET n += row.props, n:$(row.labels)';

export interface PlainRow {
  id: string;
  props: Record<string, unknown>;
  labels: readonly string[];
}

export const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** `evidence-graph import` of a records v1 file (runImport: validation and the graph writer). */
export async function importFile(db: Pick<BenchDatabase, 'graph'>, file: string, dryRun = false): Promise<{ seconds: number; records: number }> {
  const { reader, format } = await openReader(file, 'jsonl');
  const start = process.hrtime.bigint();
  const report = await runImport(db.graph, reader, { file, format, dryRun, batchSize: DEFAULT_BATCH_SIZE, key: `bench:${file}` });
  if (report.problems.length || (!dryRun && !report.written)) throw new Error(`the import was refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
  return { seconds: seconds(start), records: report.records };
}

/** The floor: a plain UNWIND MERGE of the records' properties, same batch size, one transaction each. */
export async function plainMerge(db: Pick<BenchDatabase, 'driver'>, rows: readonly { id: string; props: Record<string, unknown> }[], cypher = PLAIN_MERGE): Promise<number> {
  const start = process.hrtime.bigint();
  const session = db.driver.session();
  try {
    for (let i = 0; i < rows.length; i += DEFAULT_BATCH_SIZE) {
      const batch = toCypherParams(rows.slice(i, i + DEFAULT_BATCH_SIZE));
      await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
    }
  } finally {
    await session.close();
  }
  return seconds(start);
}
