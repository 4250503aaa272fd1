/** The shared ends of the benchmark scripts: a loaded throw-away Neo4j, and running `main` with its failure reported. */
import { datasetFile } from './dataset';
import { startBenchNeo4j, type BenchDatabase } from './neo4j';
import { loadDataset } from './w6-import';

/** A throw-away Neo4j (1 GiB heap and page cache) loaded with the dataset of `scale` (seed 1), indexes online; stopped again if loading fails. */
export async function startLoadedNeo4j(scale: number, log: (m: string) => void): Promise<BenchDatabase> {
  const file = datasetFile(scale, 1, log);
  const db = await startBenchNeo4j({ heap: '1g', pagecache: '1g' });
  try {
    await loadDataset(db, file, false, log);
    await db.graph.runText('CALL db.awaitIndexes(300)');
    return db;
  } catch (e) {
    await db.stop();
    throw e;
  }
}

/** Runs a script's `main`; a failure prints its stack on stderr and exits 1. */
export function runMain(main: () => Promise<void>, log: (m: string) => void = (m) => process.stderr.write(`${m}\n`)): void {
  main().catch((e: unknown) => {
    log((e as Error).stack ?? String(e));
    process.exit(1);
  });
}
