/**
 * Where an import's time goes (not part of npm test):
 * `npx tsx bench/import-profile.ts [--scale 0.1] [--batch-size 1000] [--rounds 2]`.
 *
 * Starts a throw-away Neo4j, generates a synthetic records v1 file and imports it with the real
 * pipeline into an empty database, round after round, with every database call timed by the
 * statement it runs (a named query by its name, the writer's statements by their first clause
 * after the UNWIND) and the transactions' commits apart. What is left of the wall time is the
 * Node side: reading, validating, hashing, building parameters. For the Node side in detail, run
 * it under `node --cpu-prof` (`npx tsx --cpu-prof …`). Prints a table per round; writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Graph, GraphTx, QueryName } from '../src/storage/db/graph';
import { fileSink, generate } from '../src/domain/generate';
import { openReader } from '../src/domain/import/formats';
import { DEFAULT_BATCH_SIZE, runImport } from '../src/domain/import/pipeline';
import { startBenchNeo4j } from './neo4j';

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** A short name for a statement: the query's name, or the writer's clause that says what it does. */
function statementName(cypherOrName: string, named: boolean): string {
  if (named) return cypherOrName;
  const lines = cypherOrName.split('\n').filter((l) => !l.startsWith('CYPHER'));
  const telling = lines.find((l) => /^(MERGE|CREATE|SET|DELETE|DETACH|OPTIONAL)|^MATCH .*\]/.test(l)) ?? lines[lines.length - 1] ?? '';
  return telling.slice(0, 90);
}

interface Timings {
  byStatement: Map<string, { calls: number; ms: number }>;
  commits: { calls: number; ms: number };
}

/** The graph with every call of a transaction timed, and the time from the last call to the commit's end. */
function timedGraph(graph: Graph, t: Timings): Graph {
  const add = (name: string, ms: number) => {
    const s = t.byStatement.get(name) ?? t.byStatement.set(name, { calls: 0, ms: 0 }).get(name)!;
    s.calls += 1;
    s.ms += ms;
  };
  const timed = Object.create(graph) as Graph;
  timed.read = async (name, params) => {
    const start = now();
    try {
      return await graph.read(name, params);
    } finally {
      add(name, now() - start);
    }
  };
  timed.transaction = async <T>(work: (tx: GraphTx) => Promise<T>): Promise<T> => {
    let lastCall = 0;
    const result = await graph.transaction(async (tx) => {
      const wrap =
        (named: boolean) =>
        async (cypher: string, params?: Record<string, unknown>): Promise<never[]> => {
          const start = now();
          try {
            return await (named ? tx.run(cypher as QueryName, params) : tx.runText(cypher, params));
          } finally {
            lastCall = now();
            add(statementName(cypher, named), lastCall - start);
          }
        };
      return work({ run: wrap(true), runText: wrap(false) });
    });
    t.commits.calls += 1;
    t.commits.ms += now() - lastCall;
    return result;
  };
  return timed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '0.1' },
      seed: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '2' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    },
  });
  const scale = Number(values.scale);
  const batchSize = Math.trunc(Number(values['batch-size']));
  const work = mkdtempSync(join(tmpdir(), 'evidence-graph-import-profile-'));
  const file = join(work, 'synthetic.jsonl');
  const generated = generate({ scale, seed: Math.trunc(Number(values.seed)) }, fileSink(file));
  log(`${generated.records} records (scale ${scale}), batches of ${batchSize}`);
  const db = await startBenchNeo4j({ heap: '1g', pagecache: '512m' });
  try {
    for (let round = 0; round <= Number(values.rounds); round += 1) {
      await db.clear();
      const t: Timings = { byStatement: new Map(), commits: { calls: 0, ms: 0 } };
      const { reader, format } = await openReader(file, 'jsonl');
      const start = now();
      const report = await runImport(timedGraph(db.graph, t), reader, { file, format, batchSize, key: `profile:${round}` });
      const wall = now() - start;
      if (!report.written) throw new Error(`refused: ${JSON.stringify(report.problems.slice(0, 3))}`);
      const db_ms = [...t.byStatement.values()].reduce((a, s) => a + s.ms, 0) + t.commits.ms;
      const rows = [...t.byStatement].sort((a, b) => b[1].ms - a[1].ms);
      const out = [
        `round ${round}${round === 0 ? ' (cold: plans every statement)' : ''}: ${wall.toFixed(0)} ms wall, ${(generated.records / (wall / 1000)).toFixed(0)} records/s; database ${db_ms.toFixed(0)} ms, Node ${(wall - db_ms).toFixed(0)} ms`,
        '| statement | calls | ms |',
        '|---|---:|---:|',
        ...rows.map(([name, s]) => `| ${name.replace(/\|/g, '\\|')} | ${s.calls} | ${s.ms.toFixed(0)} |`),
        `| (commits) | ${t.commits.calls} | ${t.commits.ms.toFixed(0)} |`,
        '',
      ];
      process.stdout.write(`${out.join('\n')}\n`);
    }
  } finally {
    await db.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
