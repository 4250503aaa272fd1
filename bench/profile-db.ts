/**
 * A throw-away Neo4j loaded with a benchmark dataset and kept running, for PROFILE by hand while
 * tuning queries: `npx tsx bench/profile-db.ts --scale 1` prints the Bolt address and password,
 * then waits; Ctrl-C (SIGINT or SIGTERM) stops Neo4j and deletes its data folder.
 */
import { parseArgs } from 'node:util';
import { datasetFile } from './dataset';
import { startBenchNeo4j } from './neo4j';
import { loadDataset } from './w6-import';
import { runMain } from './main';

const log = (m: string) => process.stderr.write(`${new Date().toISOString()} ${m}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' } } });
  const file = datasetFile(Number(values.scale), Number(values.seed), log);
  const db = await startBenchNeo4j({ heap: '1g', pagecache: '1g' });
  const stop = async () => {
    log('stopping…');
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  try {
    await loadDataset(db, file, false, log);
    await db.graph.runText('CALL db.awaitIndexes(300)');
  } catch (e) {
    await db.stop();
    throw e;
  }
  process.stdout.write(`${JSON.stringify({ bolt: db.bolt, password: db.password })}\n`);
  log('ready; Ctrl-C to stop');
  await new Promise(() => undefined);
}

runMain(main, log);
