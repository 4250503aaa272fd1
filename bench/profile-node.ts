/**
 * Where a workload's time goes in Node: `npx tsx bench/profile-node.ts --workload W2 --scale 1`
 * loads the dataset into a throw-away Neo4j (or uses one from `bench/profile-db.ts` with
 * `--bolt bolt://… --password …`), starts ours and the peer in this process, asks the workload's
 * cases one at a time for `--seconds` per side in alternating rounds, prints both medians, then
 * runs each side once more under the V8 CPU profiler and prints its CPU time per request by package
 * and the functions with the most self time (profiles written to `<out>-ours.cpuprofile` and
 * `<out>-peer.cpuprofile`, for Chrome DevTools). The client (undici) shares the process. Sequential: one client, as p50.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { prng } from './dataset';
import { percentile } from './load';
import { runMain, startLoadedNeo4j } from './main';
import { startOurs, startPeer, type BenchServer } from './servers';
import { W1 } from './workloads/w1-person';
import { W2 } from './workloads/w2-chain';
import { W3, W3D } from './workloads/w3-neighborhood';
import { W4 } from './workloads/w4-events';
import type { Case, GraphQLRequest } from './workloads/workload';

const log = (m: string) => process.stderr.write(`${m}\n`);
const WORKLOADS = { W1, W2, W3, W3d: W3D, W4 };

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

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

/** Where a profile's URL belongs: an npm package, a folder of ours, a part of Node, or the engine. */
function area(n: ProfileNode): string {
  const url = n.callFrame.url;
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/(src|bench)\/([^/]+)/.exec(url);
  if (ours) return ours[1] === 'src' ? `src/${ours[2]!.replace(/\.ts$/, '')}` : 'bench';
  if (url.includes('deps/undici')) return 'undici (the client)';
  if (url.startsWith('node:'))
    return url
      .replace(/^node:(internal\/)?/, 'node:')
      .replace(/\/.*$/, '')
      .replace(/_.*$/, '');
  return n.callFrame.functionName || '(engine)';
}

/** CPU microseconds per request by area, idle left out. */
function byPackage(profile: Profile, requests: number): string[] {
  const total = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const usPerSample = (profile.endTime - profile.startTime) / total;
  const sums = new Map<string, number>();
  for (const n of profile.nodes) if (n.callFrame.functionName !== '(idle)') sums.set(area(n), (sums.get(area(n)) ?? 0) + (n.hitCount ?? 0));
  const busy = [...sums.values()].reduce((a, b) => a + b, 0);
  return [
    `${((busy * usPerSample) / requests).toFixed(0).padStart(6)} µs  all but idle`,
    ...[...sums.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([k, v]) => `${((v * usPerSample) / requests).toFixed(0).padStart(6)} µs  ${k}`),
  ];
}

/** Self time per function, the largest first, with its share of all samples. */
function topSelf(profile: Profile, count: number): string[] {
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

/** The Neo4j given with --bolt (and --password), or a throw-away one loaded with the dataset of --scale. */
async function connect(values: { bolt?: string; password?: string; scale: string }): Promise<{ driver: Driver; stop(): Promise<void> }> {
  if (values.bolt) {
    const driver = neo4j.driver(values.bolt, neo4j.auth.basic('neo4j', values.password ?? ''), { disableLosslessIntegers: true });
    return { driver, stop: () => driver.close() };
  }
  return startLoadedNeo4j(Number(values.scale), log);
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
      out: { type: 'string', default: 'workload' },
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
    for (const [name, server, pick] of [
      ['ours', ours, (c: Case) => c.ours],
      ['peer', peer, (c: Case) => c.peer!],
    ] as const) {
      await session.post('Profiler.start');
      const n = (await timed(seconds, cases, (c) => post(server, pick(c)))).length;
      const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
      const file = values.out.replace(/(\.cpuprofile)?$/, `-${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log(`${name}: ${n} requests; CPU per request by package (${file}):\n${byPackage(profile, n).join('\n')}\nfunctions with the most self time:\n${topSelf(profile, 25).join('\n')}`);
    }
    await ours.close();
    await peer.close();
  } finally {
    await db.stop();
  }
}

runMain(main, log);
