/**
 * The explorer benchmark: `npm run bench:explorer -- [--scale 1] [--runs 10] [--warmup 2]
 * [--chain-size 200] [--sizes 500,2000] [--hops 3] [--max-cost 20000] [--label text]`.
 *
 * Times, in Debian's headless Chromium, the explorer drawing what a click asks for, phase by phase
 * (the service's answer, the render, Cytoscape's elements, the layout, the first paint):
 * 1. the seed's chain of command of the 11 September 2025 passport seizures, on the seed alone, as
 *    `npm start` serves it;
 * 2. then, with the synthetic dataset of `--scale` imported beside it: a chain of command of
 *    `--chain-size` organisations (bench/explorer/large-chain.ts), and the neighbourhoods of
 *    `--sizes` nodes around the synthetic state's largest ministry, `--hops` hops deep.
 * Against the targets (a chain under 1 s, 2,000 nodes under 3 s), it prints a table and writes
 * bench/results/explorer-<UTC time>.md and .json. The chains are asked of the service in its
 * default configuration. Two hops from any record of the synthetic data reach at most about 770
 * nodes, and the default GRAPHQL_MAX_COST (5,000) refuses a three-hop expansion (the cost measure
 * prices it at about 10,000 on this data), so the neighbourhoods are asked of the same service
 * restarted with GRAPHQL_MAX_COST at `--max-cost`: the limit refuses requests, it does not change
 * how fast those it lets through are answered.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../../src/foundations/config/project-root';
import { measureOperation } from '../../src/entry/graphql/limits/measure';
import { buildSchema } from '../../src/entry/graphql/schema';
import { loadRecords } from '../../src/domain/writes/load-records';
import { loadSeed } from '../../src/domain/seed/load-seed';
import { datasetFile } from '../dataset';
import { importFile } from '../import-steps';
import { describeMachine } from '../machine';
import { runMain } from '../main';
import { startBenchNeo4j, type BenchDatabase } from '../neo4j';
import { writeResults } from '../results-file';
import { largeChain, type LargeChain } from './large-chain';
import { CHROMIUM, launchChromium, openExplorer } from './page';
import { markdownReport, resultsTable, type ExplorerResults, type Measurement } from './report';
import { measureChain, measureNeighbourhood, type Runs } from './scenarios';
import { startExplorerService, type ExplorerService } from './service';

const log = (msg: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const SEED_CHAIN = { eventId: 'event:2025-09-11-passport-seizures', searchText: 'KGB seize passports' };
/** The synthetic state's largest ministry (the first body gets the units left over). */
const HUB = { startId: 'org:syn-body-00', searchText: 'Ministry of Order' };
const CHAIN_TARGET_MS = 1000;
const NEIGHBOURHOOD_TARGET_MS = 3000;

function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      runs: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      'chain-size': { type: 'string', default: '200' },
      sizes: { type: 'string', default: '500,2000' },
      hops: { type: 'string', default: '3' },
      'max-cost': { type: 'string', default: '20000' },
      label: { type: 'string' },
    },
  });
  const whole = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
    return n;
  };
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error('--scale must be a number above 0');
  return {
    scale,
    runs: { runs: whole('runs', values.runs, 1), warmup: whole('warmup', values.warmup, 0) } satisfies Runs,
    chainSize: whole('chain-size', values['chain-size'], 2),
    sizes: values.sizes.split(',').map((s) => whole('sizes', s.trim(), 2)),
    hops: whole('hops', values.hops, 1),
    maxCost: whole('max-cost', values['max-cost'], 1),
    label: values.label,
  };
}

const chromiumVersion = () => execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const loadAverage = () => loadavg().map((x) => Math.round(x * 100) / 100);

type Options = ReturnType<typeof options>;

/** What the explorer's operation `operation` (explorer/src/api/queries/`file`.graphql) is priced at with the service's estimates. */
function price(explorer: ExplorerService, file: string, operation: string, variables: Record<string, unknown>): number {
  const document = parse(readFileSync(join(projectRoot(), 'explorer', 'src', 'api', 'queries', `${file}.graphql`), 'utf8'));
  const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operation)!;
  return measureOperation(buildSchema(), document, definition, variables, explorer.service.costEstimates.current).cost;
}

/** The synthetic dataset and the large chain, imported beside the seed. */
async function loadSynthetic(db: BenchDatabase, file: string, o: Options): Promise<LargeChain> {
  log(`importing ${file} beside the seed…`);
  await importFile(db, file);
  const chain = await largeChain(file, o.chainSize);
  log(`the large chain: ${chain.units} units reaching ${chain.organizations} organisations at ${chain.date}`);
  await loadRecords(
    db.graph,
    chain.records.map((record, i) => ({ line: i + 1, record })),
  );
  await db.graph.runText('CALL db.awaitIndexes(300)');
  return chain;
}

/** The chains, asked of the service in its default configuration: the seed's, then the large one on the synthetic data. */
async function measureChains(db: BenchDatabase, browser: Browser, file: string, o: Options): Promise<Measurement[]> {
  const explorer = await startExplorerService(db);
  try {
    const seedPage = await openExplorer(browser, await explorer.signedInLink());
    const seed = await measureChain(seedPage, SEED_CHAIN, o.runs, log);
    const seedPrice = price(explorer, 'chain', 'ChainOfCommand', { eventId: SEED_CHAIN.eventId });
    await seedPage.close();
    const chain = await loadSynthetic(db, file, o);
    // The cost limit prices lists by the data at hand: read it again, as the service does every few minutes.
    await explorer.service.costEstimates.refresh();
    const page = await openExplorer(browser, await explorer.signedInLink());
    const large = await measureChain(page, chain, o.runs, log);
    const largePrice = price(explorer, 'chain', 'ChainOfCommand', { eventId: chain.eventId });
    await page.close();
    return [
      { name: 'chain of command, seed (passport seizures)', targetMs: CHAIN_TARGET_MS, data: `the seed alone; the chain request priced at ${seedPrice} of the default 5000`, ...seed },
      {
        name: `chain of command, ${chain.organizations} organisations`,
        targetMs: CHAIN_TARGET_MS,
        data: `the seed and the synthetic data at scale ${o.scale}; ${chain.units} units at ${chain.date}; the chain request priced at ${largePrice} of the default 5000`,
        ...large,
      },
    ];
  } finally {
    await explorer.close();
  }
}

/** The neighbourhoods, asked of the service with GRAPHQL_MAX_COST at --max-cost. */
async function measureNeighbourhoods(db: BenchDatabase, browser: Browser, o: Options): Promise<Measurement[]> {
  const explorer = await startExplorerService(db, o.maxCost);
  try {
    const page = await openExplorer(browser, await explorer.signedInLink());
    const measurements: Measurement[] = [];
    for (const nodes of o.sizes) {
      const measured = await measureNeighbourhood(page, { ...HUB, hops: o.hops, nodes }, o.runs, log);
      const cost = price(explorer, 'neighborhood', 'Neighborhood', { ids: [HUB.startId], hops: o.hops, limit: nodes });
      const data = `the seed and the synthetic data at scale ${o.scale}; ${o.hops} hops around ${HUB.startId}; the request priced at ${cost} (GRAPHQL_MAX_COST ${o.maxCost})`;
      measurements.push({ name: `neighbourhood, ${nodes} nodes`, targetMs: NEIGHBOURHOOD_TARGET_MS, data, ...measured });
    }
    await page.close();
    return measurements;
  } finally {
    await explorer.close();
  }
}

async function main(): Promise<void> {
  const o = options();
  const file = datasetFile(o.scale, 1, log);
  log('starting a throw-away Neo4j…');
  const db = await startBenchNeo4j({ heap: '1g', pagecache: '1g' });
  const browser = await launchChromium();
  try {
    const machine = await describeMachine(db.driver);
    await loadSeed(db.graph);
    const measurements = [...(await measureChains(db, browser, file, o)), ...(await measureNeighbourhoods(db, browser, o))];
    const results: ExplorerResults = { date: new Date().toISOString(), label: o.label, machine, loadAtEnd: loadAverage(), chromium: chromiumVersion(), ...o.runs, scale: o.scale, measurements };
    process.stdout.write(`\n${resultsTable(measurements)}\n\n`);
    for (const path of writeResults(join(projectRoot(), 'bench', 'results'), 'explorer', results, markdownReport(results))) log(`wrote ${path}`);
  } finally {
    await browser.close();
    await db.stop();
  }
}

runMain(main, log);
