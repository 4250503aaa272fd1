/**
 * The child process of `npm run bench:import -- --end-to-end`: one import of a records v1 file
 * with the real pipeline, alone in its process so that its peak memory is the import's (max RSS
 * from the OS, heap sampled every 20 ms), reported to the parent with its time.
 */
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../src/foundations/config/project-root';
import { CypherLibrary } from '../src/storage/db/cypher-library';
import { Graph } from '../src/storage/db/graph';
import { openReader } from '../src/domain/import/formats';
import { DEFAULT_BATCH_SIZE, runImport } from '../src/domain/import/pipeline';

export interface ImportChildRequest {
  bolt: string;
  password: string;
  file: string;
}

export interface ImportChildResult {
  seconds?: number;
  records?: number;
  batches?: number;
  baselineRssMiB?: number;
  maxRssMiB?: number;
  peakHeapMiB?: number;
  error?: string;
}

async function importOnce(req: ImportChildRequest): Promise<void> {
  const driver = neo4j.driver(req.bolt, neo4j.auth.basic('neo4j', req.password), { disableLosslessIntegers: true });
  // What the child holds before importing (Node, the driver, the modules): the import's own share is above it.
  const baselineRssMiB = process.memoryUsage().rss / 2 ** 20;
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  try {
    const graph = new Graph(driver, CypherLibrary.load(join(projectRoot(), 'cypher', 'queries')), 'neo4j', 3_600_000);
    const { reader, format } = await openReader(req.file, 'jsonl');
    const start = process.hrtime.bigint();
    const report = await runImport(graph, reader, { file: req.file, format, batchSize: DEFAULT_BATCH_SIZE, key: `bench:${req.file}` });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (!report.written) throw new Error(`the import was refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
    const result: ImportChildResult = { seconds, records: report.records, batches: report.batches, baselineRssMiB, maxRssMiB: process.resourceUsage().maxRSS / 1024, peakHeapMiB: peakHeap / 2 ** 20 };
    process.send!(result);
  } catch (e) {
    process.send!({ error: (e as Error).message.slice(0, 400) } satisfies ImportChildResult);
  } finally {
    clearInterval(sampler);
    await driver.close();
    process.disconnect();
  }
}

process.once('message', (m) => void importOnce(m as ImportChildRequest));
