/**
 * W2's statement alone, against raw's, on a loaded Neo4j from `bench/profile-db.ts`:
 * `npx tsx bench/chain-statement.ts --bolt bolt://… --password … [--seconds 60] [variant.cypher …]`.
 * For our `chain/event-chain` (with the parameters W2 sends: no citations, no records), raw's
 * statement and each variant file given (a whole statement taking our parameters; a name ending in
 * `.raw.cypher` takes raw's), over W2's 20 seeded cases: the db hits of PROFILE and the answer's
 * size as JSON, then the statements taking turns case by case for `--seconds`, with the p50 of the
 * round trip through neo4j-driver and the mean of the server's own time (available + consumed).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { CypherLibrary } from '../src/storage/db/cypher-library';
import { toCypherParams } from '../src/storage/db/graph';
import { projectRoot } from '../src/foundations/config/project-root';
import { COMMAND_POSTING_ROLES, PERPETRATOR_ROLES } from '../src/foundations/model/enums';
import { DEFAULT_DEPTH } from '../src/domain/chain-of-command/options';
import { prng } from './dataset';
import { percentile } from './load';
import { runMain } from './main';
import { runRead } from './neo4j';
import { W2 } from './workloads/w2-chain';
import type { Case } from './workloads/workload';

const log = (m: string) => process.stdout.write(`${m}\n`);
const NOTHING_SHOWN = { event: false, participations: false, actors: false, postings: false, persons: false, organizations: false };

interface Statement {
  name: string;
  cypher: string;
  params: (c: Case) => Record<string, unknown>;
}

/** Our parameters for a case, as the GraphQL layer sends them for W2's selection (ids only). */
function oursParams(c: Case): Record<string, unknown> {
  const { id, at } = c.raw.params as { id: string; at: string };
  const params = {
    eventId: id,
    atEarliest: at,
    atLatest: at,
    depth: DEFAULT_DEPTH,
    perpetratorRoles: [...PERPETRATOR_ROLES],
    roles: [...COMMAND_POSTING_ROLES],
    shown: NOTHING_SHOWN,
    withCitations: false,
  };
  return toCypherParams(params) as Record<string, unknown>;
}

const rawParams = (c: Case) => c.raw.params;

interface Plan {
  dbHits?: number;
  children?: Plan[];
}
const dbHits = (p: Plan): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((sum, c) => sum + dbHits(c), 0);

/** Db hits and answer size per case, averaged over the cases. */
async function profile(driver: Driver, s: Statement, cases: Case[]): Promise<void> {
  let hits = 0;
  let bytes = 0;
  for (const c of cases) {
    const result = await runRead(driver, `PROFILE ${s.cypher}`, s.params(c));
    hits += dbHits(result.summary.profile as Plan);
    bytes += JSON.stringify(result.records.map((r) => r.toObject())).length;
  }
  log(`${s.name}: ${s.cypher.length} characters, ${(hits / cases.length).toFixed(0)} db hits and ${(bytes / cases.length).toFixed(0)} bytes of JSON a case`);
}

/** The statements in turns, case by case, the order reversed every other round. */
async function alternate(driver: Driver, statements: Statement[], cases: Case[], seconds: number): Promise<void> {
  const wall = new Map<string, number[]>(statements.map((s) => [s.name, []]));
  const server = new Map<string, number[]>(statements.map((s) => [s.name, []]));
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    for (const s of i % 2 ? statements : [...statements].reverse()) {
      const t = performance.now();
      const result = await runRead(driver, s.cypher, s.params(cases[i % cases.length]!));
      wall.get(s.name)!.push(performance.now() - t);
      server.get(s.name)!.push(result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber());
    }
  }
  for (const s of statements) {
    const xs = wall.get(s.name)!.sort((a, b) => a - b);
    const ys = server.get(s.name)!;
    log(`${s.name}: p50 ${percentile(xs, 50).toFixed(3)} ms over ${xs.length} runs, server ${(ys.reduce((a, b) => a + b, 0) / ys.length).toFixed(3)} ms on average`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { bolt: { type: 'string' }, password: { type: 'string' }, seconds: { type: 'string', default: '60' } },
  });
  if (!values.bolt || !values.password) throw new Error('--bolt and --password: a Neo4j loaded by bench/profile-db.ts');
  const driver = neo4j.driver(values.bolt, neo4j.auth.basic('neo4j', values.password));
  try {
    const cases = await W2.cases(driver, prng(1), 20);
    const library = CypherLibrary.load(join(projectRoot(), 'cypher', 'queries'));
    const statements: Statement[] = [
      { name: 'chain/event-chain', cypher: library.get('chain/event-chain'), params: oursParams },
      { name: 'raw', cypher: cases[0]!.raw.cypher, params: rawParams },
      ...positionals.map((file) => ({ name: basename(file), cypher: readFileSync(file, 'utf8'), params: file.endsWith('.raw.cypher') ? rawParams : oursParams })),
    ];
    for (const s of statements) await profile(driver, s, cases);
    await alternate(driver, statements, cases, Number(values.seconds));
  } finally {
    await driver.close();
  }
}

runMain(main);
