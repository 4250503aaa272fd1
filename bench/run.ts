/**
 * The benchmark: `npm run bench -- --scale 1 [--seed 1] [--duration-per-case 8]
 * [--only W1,W2] [--cases 20] [--concurrency 1,16,64] [--compare-scales 1,10] [--sides ours,raw,peer,naive,empty]
 * [--experiment autocommit] [--label text]`.
 *
 * Starts a throw-away Neo4j, generates (cached under .data/bench/) and imports the synthetic
 * dataset, then asks each workload of four sides in one run on the same database: our service
 * end to end over HTTP, the same question as raw Cypher, the @neo4j/graphql peer, and our resolvers
 * with loaders that do not batch (naive); and an empty request to our server (empty), timed beside
 * them, so that raw + empty gives the floor of a GraphQL answer over HTTP.
 * Writes bench/results/bench-<time>.json|md.
 * With --compare-scales, runs the whole thing once per scale (W2 only unless --only says more)
 * and writes a side-by-side file of the chain-of-command latencies (bench/compare.ts).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/foundations/config/project-root';
import { autocommitDriver } from './autocommit-driver';
import { compareMarkdown } from './compare';
import { countingDriver } from './counting-driver';
import { datasetFile, pickIds, prng } from './dataset';
import { describeMachine } from './machine';
import { startBenchNeo4j } from './neo4j';
import { markdownReport, type RunResults } from './report';
import { writeResults } from './results-file';
import { runWorkload } from './run-workload';
import { startNaive, startOurs, startPeer, type BenchServer } from './servers';
import { emptyRequestSide, graphqlSide, rawSide, SIDES, type Side, type SideName } from './sides';
import { exportRunner, runExportChild } from './w5-export';
import { loadDataset } from './w6-import';
import { W1 } from './workloads/w1-person';
import { W2 } from './workloads/w2-chain';
import { W3, W3D } from './workloads/w3-neighborhood';
import { W4 } from './workloads/w4-events';
import type { Workload } from './workloads/workload';

const log = (msg: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const QUERY_WORKLOADS: Workload[] = [W1, W2, W3, W3D, W4];
const ALL = ['W1', 'W2', 'W3', 'W3D', 'W4', 'W5', 'W6'];

interface Options {
  scale: number;
  seed: number;
  seconds: number;
  only: string[];
  cases: number;
  concurrencies: number[];
  heap: string;
  pagecache: string;
  label?: string;
  /** Sides to ask (all four by default; fewer when profiling one). */
  sides: SideName[];
  /** `autocommit`: ours (and naive) read through auto-commit queries (bench/autocommit-driver.ts). */
  experiment?: 'autocommit';
}

const numbers = (s: string) => s.split(',').map((x) => Number(x.trim()));

function parseOptions(): { options: Options; compareScales: number[] | null } {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      'duration-per-case': { type: 'string', default: '8' },
      only: { type: 'string' },
      cases: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '1,16,64' },
      'compare-scales': { type: 'string' },
      heap: { type: 'string', default: '1g' },
      pagecache: { type: 'string', default: '1g' },
      label: { type: 'string' },
      sides: { type: 'string', default: SIDES.join(',') },
      experiment: { type: 'string' },
    },
  });
  const compareScales = values['compare-scales'] ? numbers(values['compare-scales']) : null;
  const only = (values.only ?? (compareScales ? 'W2' : ALL.join(','))).split(',').map((w) => w.trim().toUpperCase());
  const unknown = only.filter((w) => !ALL.includes(w));
  if (unknown.length) throw new Error(`--only: unknown workload ${unknown.join(', ')} (there are ${ALL.join(', ')})`);
  const options: Options = {
    scale: Number(values.scale),
    seed: Math.trunc(Number(values.seed)),
    seconds: Number(values['duration-per-case']),
    only,
    cases: Math.max(1, Math.trunc(Number(values.cases))),
    concurrencies: numbers(values.concurrency),
    heap: values.heap,
    pagecache: values.pagecache,
    label: values.label,
    sides: values.sides.split(',').map((x) => x.trim()) as SideName[],
    experiment: values.experiment as Options['experiment'],
  };
  if (options.experiment && options.experiment !== 'autocommit') throw new Error('--experiment: only autocommit');
  const badSide = options.sides.filter((x) => !(SIDES as readonly string[]).includes(x));
  if (badSide.length || !options.sides.includes('ours')) throw new Error(`--sides: a list of ${SIDES.join(', ')} that includes ours`);
  for (const s of [options.scale, ...(compareScales ?? [])]) if (!(s > 0)) throw new Error('scales must be numbers above 0');
  if (!(options.seconds > 0)) throw new Error('--duration-per-case must be a number of seconds above 0');
  return { options, compareScales };
}

async function runScale(o: Options): Promise<RunResults> {
  const file = datasetFile(o.scale, o.seed, log);
  log('starting a throw-away Neo4j…');
  const db = await startBenchNeo4j({ heap: o.heap, pagecache: o.pagecache });
  const servers: BenchServer[] = [];
  try {
    const machine = await describeMachine(db.driver);
    const imported = await loadDataset(db, file, o.only.includes('W6'), log);
    await db.graph.runText('CALL db.awaitIndexes(300)');

    const counters = { ours: { count: 0 }, naive: { count: 0 }, peer: { count: 0 } };
    const ourDriver = o.experiment === 'autocommit' ? autocommitDriver(db.driver) : db.driver;
    const ours = await startOurs(countingDriver(ourDriver, counters.ours));
    servers.push(ours);
    const naive = await startNaive(countingDriver(ourDriver, counters.naive));
    servers.push(naive);
    let peer: BenchServer | null = null;
    try {
      peer = await startPeer(countingDriver(db.driver, counters.peer));
      servers.push(peer);
    } catch (e) {
      log(`the @neo4j/graphql peer did not start: ${(e as Error).message}`);
    }
    const sides: Side[] = [
      graphqlSide('ours', ours, counters.ours),
      rawSide(db.driver),
      ...(peer ? [graphqlSide('peer', peer, counters.peer)] : []),
      graphqlSide('naive', naive, counters.naive),
      emptyRequestSide(ours),
    ].filter((s) => o.sides.includes(s.name));

    const results: RunResults = {
      date: new Date().toISOString(),
      label: o.label,
      scale: o.scale,
      seed: o.seed,
      secondsPerCase: o.seconds,
      concurrencies: o.concurrencies,
      transport:
        (o.experiment === 'autocommit' ? 'EXPERIMENT: ours and naive read through auto-commit queries (bench/autocommit-driver.ts); ' : '') +
        'ours, naive and peer over HTTP on loopback (keep-alive, JSON POST); raw through neo4j-driver in the benchmark process',
      machine,
      records: imported.records,
      workloads: [],
      import: o.only.includes('W6') ? imported : undefined,
    };
    for (const [k, w] of QUERY_WORKLOADS.entries()) {
      if (!o.only.includes(w.id.toUpperCase())) continue;
      // One seeded stream per workload: adding a workload does not change another's cases.
      const cases = await w.cases(db.driver, prng(o.seed * 1000 + k), o.cases);
      log(`${w.id}: ${w.title} (${cases.length} cases)`);
      results.workloads.push(await runWorkload(w, cases, sides, o.concurrencies, o.seconds, log));
    }

    if (o.only.includes('W5')) {
      const runner = exportRunner();
      if (!runner) {
        results.export = { skipped: 'src/domain/exports/run.ts (runExport, issue 7) is not there yet', runs: [] };
        log('W5: skipped (no runExport yet)');
      } else {
        // The small export: seeded organisations and the records within `hops` of them, grown
        // until it holds about 10k records (the closure's size is only known by exporting it).
        const seeds = await pickIds(db.driver, 'MATCH (o:Organization) RETURN o.id AS id', 100, prng(o.seed * 1000 + 5));
        const runs = [];
        for (const [n, hops] of [
          [40, 1],
          [100, 1],
          [40, 2],
          [100, 2],
        ] as const) {
          const r = await runExportChild(
            { bolt: db.bolt, password: db.password, selection: { by: 'seeds', ids: seeds.slice(0, n), hops } },
            `${n} organisations and ${hops} hop${hops > 1 ? 's' : ''}`,
          );
          log(`W5 ${r.size}: ${r.records ?? r.error} records, max RSS ${r.maxRssMiB?.toFixed(0)} MiB`);
          runs.push(r);
          if (r.error || (r.records ?? 0) >= 8000) break;
        }
        const all = await runExportChild({ bolt: db.bolt, password: db.password, selection: { by: 'all' } }, 'the whole graph');
        log(`W5 ${all.size}: ${all.records ?? all.error} records, max RSS ${all.maxRssMiB?.toFixed(0)} MiB`);
        runs.push(all);
        results.export = { runs };
      }
    }
    return results;
  } finally {
    for (const s of servers.reverse()) await s.close().catch(() => undefined);
    await db.stop();
  }
}

async function main(): Promise<void> {
  const { options, compareScales } = parseOptions();
  const dir = join(projectRoot(), 'bench', 'results');
  const runs: RunResults[] = [];
  for (const scale of compareScales ?? [options.scale]) {
    const results = await runScale({ ...options, scale });
    const markdown = markdownReport(results);
    process.stdout.write(`${markdown}\n`);
    for (const path of writeResults(dir, `bench-scale${scale}`, results, markdown)) log(`wrote ${path}`);
    runs.push(results);
  }
  if (runs.length > 1) {
    const markdown = compareMarkdown(runs);
    process.stdout.write(`${markdown}\n`);
    for (const path of writeResults(dir, `compare-scales-${runs.map((r) => r.scale).join('-')}`, { runs: runs.map((r) => ({ scale: r.scale, date: r.date })) }, markdown)) log(`wrote ${path}`);
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
