/**
 * How often an import's statements are planned (not part of npm test):
 * `npx tsx bench/import-plans.ts [--scale 0.1] [--imports 3]`.
 *
 * Starts a throw-away Neo4j, imports the same synthetic file several times into the emptied
 * database with Neo4j's query statistics collecting (`db.stats.collect('QUERIES')`), and prints per
 * statement its runs and the runs that were compiled (compile time above 20 ms: a planning, not a
 * cache hit) with their times. Expected: each statement planned at its first run, and once more
 * when it turns hot (Neo4j recompiles a query with compiled expressions after about ten runs),
 * whatever the number of batches or imports.
 */
import { parseArgs } from 'node:util';
import { datasetFile } from './dataset';
import { importFile } from './import-steps';
import { runMain } from './main';
import { startBenchNeo4j } from './neo4j';

/** A cache hit still takes a few milliseconds with 1,000 rows of parameters; a planning takes tens to hundreds. */
const PLANNING_US = 20_000;

interface Invocation {
  elapsedCompileTimeInUs: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '0.1' }, imports: { type: 'string', default: '3' } } });
  const file = datasetFile(Number(values.scale), 1, (m) => process.stderr.write(`${m}\n`));
  const db = await startBenchNeo4j({ heap: '1g', pagecache: '512m' });
  const session = db.driver.session();
  const byStatement = new Map<string, { runs: number; plannings: number[] }>();
  try {
    await session.run("CALL db.stats.collect('QUERIES', {durationSeconds: 3600})");
    for (let i = 0; i < Number(values.imports); i += 1) {
      await db.clear();
      await importFile(db, file);
    }
    await session.run("CALL db.stats.stop('QUERIES')");
    const result = await session.run("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
    for (const record of result.records) {
      const data = record.get('data') as { query: string; invocations: Invocation[] };
      const text = data.query.replace(/\s+/g, ' ');
      if (text.startsWith('CREATE ') || text.includes('_Migration')) continue;
      const s = byStatement.get(text) ?? byStatement.set(text, { runs: 0, plannings: [] }).get(text)!;
      s.runs += data.invocations.length;
      for (const inv of data.invocations) if (Number(inv.elapsedCompileTimeInUs) > PLANNING_US) s.plannings.push(Math.round(Number(inv.elapsedCompileTimeInUs) / 1000));
    }
  } finally {
    await session.close();
    await db.stop();
  }
  const rows = [...byStatement].sort((a, b) => b[1].runs - a[1].runs);
  process.stdout.write(
    [
      `${values.imports} imports of scale ${values.scale}:`,
      '| statement | runs | plannings (ms) |',
      '|---|---:|---|',
      ...rows.map(([text, s]) => `| ${text.slice(0, 90).replace(/\|/g, '\\|')} | ${s.runs} | ${s.plannings.join(', ') || '–'} |`),
      '',
    ].join('\n'),
  );
}

runMain(main);
