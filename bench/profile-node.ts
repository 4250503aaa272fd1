/**
 * Where a workload's time goes in Node: `npx tsx bench/profile-node.ts --workload W2 --scale 1`
 * loads the dataset into a throw-away Neo4j (or uses one from `bench/profile-db.ts` with
 * `--bolt bolt://… --password …`), starts ours and the peer in this process, asks the workload's
 * cases one at a time for `--seconds` per side in alternating rounds, prints both medians, then
 * runs ours once more under the V8 CPU profiler and prints the functions with the most self time
 * (the whole profile is written to `--out`, for Chrome DevTools). Sequential: one client, as p50.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { datasetFile, prng } from './dataset';
import { percentile } from './load';
import { startBenchNeo4j } from './neo4j';
import { startOurs, startPeer, type BenchServer } from './servers';
import { loadDataset } from './w6-import';
import { W1 } from './workloads/w1-person';
import { W2 } from './workloads/w2-chain';
import { W3 } from './workloads/w3-neighborhood';
import { W4 } from './workloads/w4-events';
import type { Case, GraphQLRequest } from './workloads/workload';

const log = (m: string) => process.stderr.write(`${m}\n`);
const WORKLOADS = { W1, W2, W3, W4 };

async function post(server: BenchServer, request: GraphQLRequest): Promise<void> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...server.headers }, body: JSON.stringify(request) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

/** Latencies (ms) of sequential requests over the cases, for `seconds`. */
async function timed(seconds: number, cases: Case[], ask: (c: Case) => Promise<void>): Promise<number[]> {
  const xs: number[] = [];
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    const t = performance.now();
    await ask(cases[i % cases.length]!);
    xs.push(performance.now() - t);
  }
  return xs.sort((a, b) => a - b);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time per function, the largest first, with its share of all samples. */
function topSelf(profile: { nodes: ProfileNode[] }, count: number): string[] {
  const total = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  for (const n of profile.nodes) {
    const url = n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(src|bench)\//, '$1/');
    const key = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (n.hitCount ?? 0));
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

async function connect(values: { bolt?: string; password?: string; scale: string }): Promise<{ driver: Driver; stop(): Promise<void> }> {
  if (values.bolt) {
    const driver = neo4j.driver(values.bolt, neo4j.auth.basic('neo4j', values.password ?? ''));
    return { driver, stop: () => driver.close() };
  }
  const db = await startBenchNeo4j({ heap: '1g', pagecache: '1g' });
  await loadDataset(db, datasetFile(Number(values.scale), 1, log), false, log);
  return { driver: db.driver, stop: () => db.stop() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workload: { type: 'string', default: 'W2' },
      scale: { type: 'string', default: '1' },
      seconds: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      bolt: { type: 'string' },
      password: { type: 'string' },
      out: { type: 'string', default: 'ours.cpuprofile' },
    },
  });
  const workload = WORKLOADS[values.workload as keyof typeof WORKLOADS];
  if (!workload) throw new Error(`--workload: one of ${Object.keys(WORKLOADS).join(', ')}`);
  const db = await connect(values);
  try {
    const cases = await workload.cases(db.driver, prng(1), 20);
    const [ours, peer] = [await startOurs(db.driver), await startPeer(db.driver)];
    const seconds = Number(values.seconds);
    for (let round = 1; round <= Number(values.rounds); round++) {
      const o = await timed(seconds, cases, (c) => post(ours, c.ours));
      const p = await timed(seconds, cases, (c) => post(peer, c.peer!));
      log(`round ${round}: p50 ours ${percentile(o, 50).toFixed(2)} ms (${o.length}), peer ${percentile(p, 50).toFixed(2)} ms (${p.length}): ${(percentile(o, 50) / percentile(p, 50)).toFixed(2)}×`);
    }
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    await timed(seconds, cases, (c) => post(ours, c.ours));
    const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
    writeFileSync(values.out, JSON.stringify(profile));
    log(`ours, self time (${values.out}):\n${topSelf(profile, 40).join('\n')}`);
    await ours.close();
    await peer.close();
  } finally {
    await db.stop();
  }
}

main().catch((e: unknown) => {
  log((e as Error).stack ?? String(e));
  process.exit(1);
});
