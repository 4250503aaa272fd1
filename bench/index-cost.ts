/**
 * What the schema's indexes cost a write (not part of npm test):
 * `npx tsx bench/index-cost.ts [--scale 0.1] [--rounds 3]`.
 *
 * Starts a throw-away Neo4j with the migrations applied and writes the same synthetic file, round
 * after round, under variants of the schema: as migrated; without each group of indexes (the
 * per-type id constraints that repeat `record_id` on every record, the two full-text indexes, the
 * range indexes of the list filters); and with the full-text indexes eventually consistent
 * (updated after the commit instead of in it); and with none of them, only `record_id`, which the
 * writer's MERGE needs (the index upkeep the labels bring, all of it). Each variant is measured by the import (validation,
 * writer, audit) and by the same graph by plain Cypher (bench/plain-graph.ts), interleaved round
 * by round; medians in records/s, and each variant against the schema as migrated. The schema is
 * changed only in this throw-away database; the product's migrations are untouched.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_SIZE } from '../src/domain/import/pipeline';
import { readJsonLinesFile } from '../src/storage/records/read-jsonl';
import { datasetFile } from './dataset';
import { importFile } from './import-steps';
import { runMain } from './main';
import { startBenchNeo4j, type BenchDatabase } from './neo4j';
import { plainGraphBatches, writePlainGraph } from './plain-graph';
import { median } from './results-file';
import { tierBatches } from './writer-alone';

const log = (msg: string) => process.stderr.write(`${msg}\n`);

interface SchemaItem {
  name: string;
  type: string;
  entityType: string;
  labelsOrTypes: string[] | null;
  properties: string[] | null;
  owningConstraint: string | null;
  indexProvider: string | null;
}

/** Each variant: which of the migrated indexes and constraints it drops, or how it changes them. */
const VARIANTS: Record<string, { drop: (i: SchemaItem) => boolean; eventual?: boolean }> = {
  'as migrated': { drop: () => false },
  'without the per-type id constraints': {
    drop: (i) => !!i.owningConstraint && i.properties?.[0] === 'id' && !['Record', 'Element'].includes(i.labelsOrTypes?.[0] ?? '') && !i.labelsOrTypes?.[0]?.startsWith('_'),
  },
  'without the full-text indexes': { drop: (i) => i.type === 'FULLTEXT' },
  'full-text eventually consistent': { drop: (i) => i.type === 'FULLTEXT', eventual: true },
  'without the list filters’ range indexes': { drop: (i) => i.type === 'RANGE' && !i.owningConstraint && !i.labelsOrTypes?.[0]?.startsWith('_') },
  // Every index of the records' labels gone but the one MERGE needs: the labels' index upkeep in all.
  'only the record id constraint': { drop: (i) => i.type !== 'LOOKUP' && !['record_id', 'element_id'].includes(i.name) && !i.labelsOrTypes?.[0]?.startsWith('_') },
};

async function run(db: BenchDatabase, cypher: string): Promise<Record<string, unknown>[]> {
  const session = db.driver.session();
  try {
    return (await session.run(cypher)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** The DDL that recreates an index or constraint, from SHOW … YIELD createStatement. */
async function createStatements(db: BenchDatabase): Promise<Map<string, string>> {
  const indexes = await run(db, 'SHOW INDEXES YIELD name, createStatement, owningConstraint WHERE owningConstraint IS NULL RETURN name, createStatement');
  const constraints = await run(db, 'SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement');
  return new Map([...indexes, ...constraints].map((r) => [r.name as string, r.createStatement as string]));
}

/** Full-text DDL as migrated, or updated after the commit instead of in it. */
function fullTextDdl(ddl: string, eventual: boolean): string {
  const cleaned = ddl.replace(/,?\s*`fulltext\.eventually_consistent`: (true|false)/, '');
  return eventual ? cleaned.replace('indexConfig: {', 'indexConfig: {`fulltext.eventually_consistent`: true, ') : cleaned;
}

async function setVariant(db: BenchDatabase, items: SchemaItem[], ddl: Map<string, string>, variant: (typeof VARIANTS)[string]): Promise<void> {
  const existing = new Set((await run(db, 'SHOW INDEXES YIELD name RETURN name')).map((r) => r.name as string));
  for (const i of items) {
    const name = i.owningConstraint ?? i.name;
    const present = existing.has(i.name);
    // Full-text indexes are made anew each time: a variant may have changed their settings.
    if (present && (variant.drop(i) || i.type === 'FULLTEXT')) await run(db, i.owningConstraint ? `DROP CONSTRAINT ${name}` : `DROP INDEX ${name}`);
    if (i.type === 'FULLTEXT' && (!variant.drop(i) || variant.eventual)) await run(db, fullTextDdl(ddl.get(name)!, !!variant.eventual));
    else if (!variant.drop(i) && !present) await run(db, ddl.get(name)!);
  }
  await run(db, 'CALL db.awaitIndexes(300)');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '0.1' }, rounds: { type: 'string', default: '3' } } });
  if (!(Number(values.rounds) >= 1)) throw new Error(`--rounds: at least 1 measured round after the warm-up (got ${values.rounds})`);
  const file = datasetFile(Number(values.scale), 1, log);
  const records = (await readJsonLinesFile(file)).records.map((r) => r.record);
  const plain = plainGraphBatches(tierBatches(records, DEFAULT_BATCH_SIZE), DEFAULT_BATCH_SIZE);
  const db = await startBenchNeo4j({ heap: '1g', pagecache: '512m' });
  const startLoad = loadavg().map((x) => x.toFixed(2));
  const results = new Map(Object.keys(VARIANTS).map((v) => [v, { imp: [] as number[], graph: [] as number[] }]));
  try {
    const items = (await run(db, 'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint, indexProvider')) as unknown as SchemaItem[];
    const ddl = await createStatements(db);
    log(items.map((i) => `${i.name} ${i.type} ${i.labelsOrTypes?.join('|')} (${i.properties?.join(', ')})${i.owningConstraint ? ` for ${i.owningConstraint}` : ''}`).join('\n'));
    for (let round = 0; round <= Number(values.rounds); round += 1) {
      const names = Object.keys(VARIANTS);
      for (const v of round % 2 ? names : names.reverse()) {
        await db.clear();
        await setVariant(db, items, ddl, VARIANTS[v]!);
        const imported = await importFile(db, file);
        await db.clear();
        const graph = await writePlainGraph(db, plain);
        log(`round ${round}, ${v}: import ${imported.seconds.toFixed(1)} s, same graph by plain Cypher ${graph.toFixed(1)} s`);
        if (round === 0) continue;
        results.get(v)!.imp.push(records.length / imported.seconds);
        results.get(v)!.graph.push(records.length / graph);
      }
    }
  } finally {
    await db.stop();
  }
  const base = results.get('as migrated')!;
  const lines = [
    `${records.length} records, scale ${values.scale}, ${values.rounds} rounds after a warm-up, medians; load average ${startLoad.join(', ')} at the start, ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')} at the end.`,
    '',
    '| schema | import, records/s | × as migrated | same graph by plain Cypher, records/s | × as migrated |',
    '|---|---:|---:|---:|---:|',
    ...[...results].map(
      ([v, r]) => `| ${v} | ${median(r.imp).toFixed(0)} | ${(median(r.imp) / median(base.imp)).toFixed(2)} | ${median(r.graph).toFixed(0)} | ${(median(r.graph) / median(base.graph)).toFixed(2)} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runMain(main, log);
