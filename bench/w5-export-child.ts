/**
 * The child process of W5: runs one export and reports its time, size and peak memory to the
 * parent (max RSS from the OS, heap sampled every 20 ms). The viewer is a cleared admin.
 *
 * runExport (src/domain/exports/run.ts, issue 7) is loaded at run time, so the benchmark builds and runs
 * while it is absent; its signature is `runExport(graph, request, viewer, deps)`.
 */
import { dirname, join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Viewer } from '../src/domain/auth/permissions';
import { projectRoot } from '../src/foundations/config/project-root';
import { CypherLibrary } from '../src/storage/db/cypher-library';
import { Graph } from '../src/storage/db/graph';
import type { ExportRequest, ExportResult } from '../src/domain/exports/types';
import type { ChildRequest } from './w5-export';

type RunExport = (graph: Graph, request: ExportRequest, viewer: Viewer, deps: { sourcesDir: string }) => Promise<ExportResult>;

async function callRunExport(graph: Graph, request: ExportRequest): Promise<ExportResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time, from a path: the benchmark builds while it is absent
  const { runExport } = require(join(__dirname, '..', 'src', 'domain', 'exports', 'run.js')) as { runExport: RunExport };
  return runExport(graph, request, { id: 'bench', roles: ['admin'], cleared: true }, { sourcesDir: dirname(request.out) });
}

async function exportOnce(req: ChildRequest): Promise<void> {
  const driver = neo4j.driver(req.bolt, neo4j.auth.basic('neo4j', req.password), { disableLosslessIntegers: true });
  // What the child holds before exporting (Node, the driver, the modules): the export's own share is above it.
  const baselineRssMiB = process.memoryUsage().rss / 2 ** 20;
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  try {
    const graph = new Graph(driver, CypherLibrary.load(join(projectRoot(), 'cypher', 'queries')), 'neo4j', 600_000);
    const start = process.hrtime.bigint();
    const result = await callRunExport(graph, { selection: req.selection, format: 'records', out: req.out, metrics: false });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    clearInterval(sampler);
    process.send!({ baselineRssMiB, seconds, records: result.counts.records, bytes: result.bytes, maxRssMiB: process.resourceUsage().maxRSS / 1024, peakHeapMiB: peakHeap / 2 ** 20 });
  } catch (e) {
    process.send!({ error: (e as Error).message.slice(0, 400) });
  } finally {
    clearInterval(sampler);
    await driver.close();
    process.disconnect();
  }
}

// The child's one task. Fire and forget, as the async listener was: a failure to close the driver
// still ends the child with an unhandled rejection; every other failure is reported to the parent.
process.once('message', (m) => void exportOnce(m as ChildRequest));
