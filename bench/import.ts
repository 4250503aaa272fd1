/**
 * Import benchmark (not part of npm test): `npm run bench:import -- [--scale 0.1] [--rounds 3] [--label text]`.
 *
 * Starts its own throw-away Neo4j, generates a synthetic records v1 file and measures, side by side
 * in one run and interleaved round by round (these 2-core machines are noisy; medians reported):
 *   (a) `evidence-graph import` of the file into an empty database (runImport: validation and
 *       the graph writer, batches of 1000, one transaction each) — records/s end to end;
 *   (b) the floor: a plain `UNWIND $rows MERGE (n:Record {id: row.id}) SET n += row.props` of the
 *       same records' properties (no labels, relationships, citations), same batch size, one
 *       transaction per batch through neo4j-driver — rows/s (rows prepared beforehand);
 *   (f) the same plain MERGE giving each node its labels too (`n:$(row.labels)`): the nodes as the
 *       import leaves them, with the constraints and indexes their labels bring, nothing else;
 *   (g) the same graph by plain Cypher (bench/plain-graph.ts): the nodes, links, citations, legal
 *       elements and contradictions the import writes, by plain UNWIND … MERGE (nodes) and CREATE
 *       (links) statements in the import's batches, with no validation, hash, audit or checkpoint — the floor of this graph
 *       (checked once to leave the same nodes, labels, properties and links as the import);
 *   (c) a re-import of the same file over (a)'s result: every record unchanged — records/s;
 *   (d)/(e) the graph writer alone (no reading or validation; import-shaped batches) into an empty
 *       database and again over it (all unchanged): the flat writer of src/storage/records/write beside
 *       the nested-CALL writer it replaced (bench/legacy-writer.ts) — the before/after.
 * Before the rounds, one cold import (planning included) and a re-import are run and left out,
 * then one round of every side, also left out: the first round ran 2–3× slower than the next ones
 * on every side alike (Neo4j's JIT compiling its write paths), which only widened the spread.
 * Prints a Markdown table with the ratio (a)/(b) and writes bench/results/import-<UTC time>.json|md.
 *
 * With `--end-to-end` (for scale 10, a million records, on a quiet machine): only one import of
 * the whole file into an empty database, in a child process, with its time and peak memory
 * (bench/import-end-to-end.ts); writes bench/results/import-end-to-end-scale<N>-<UTC time>.json|md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileSink, generate } from '../src/domain/generate';
import { DEFAULT_BATCH_SIZE } from '../src/domain/import/pipeline';
import { readJsonLinesFile } from '../src/storage/records/read-jsonl';
import { RECORD_TYPES } from '../src/foundations/model/record-types';
import { toWriteRow } from '../src/storage/records/write/rows';
import { projectRoot } from '../src/foundations/config/project-root';
import { importEndToEnd } from './import-end-to-end';
import { importFile, plainMerge, PLAIN_MERGE_LABELLED, type PlainRow } from './import-steps';
import { startBenchNeo4j } from './neo4j';
import { markdownTable, median, writeResults, type Measured } from './results-file';
import { graphShape, plainGraphBatches, writePlainGraph } from './plain-graph';
import { tierBatches, writeAlone, WRITERS } from './writer-alone';

const log = (msg: string) => process.stderr.write(`${msg}\n`);
/** The 1, 5 and 15 minute load averages: what else the machine was doing. */
const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '0.1' },
      rounds: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      heap: { type: 'string', default: '1g' },
      pagecache: { type: 'string', default: '512m' },
      label: { type: 'string', default: '' },
      'end-to-end': { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  const rounds = Math.max(1, Math.trunc(Number(values.rounds)));
  const seed = Math.trunc(Number(values.seed));
  if (!(scale > 0)) throw new Error('--scale must be a number above 0');

  const work = mkdtempSync(join(tmpdir(), 'evidence-graph-bench-data-'));
  const file = join(work, `synthetic-${scale}.jsonl`);
  const generated = generate({ scale, seed }, fileSink(file));
  if (values['end-to-end']) return endToEnd({ file, scale, seed, records: generated.records, heap: values.heap, pagecache: values.pagecache, label: values.label, work });
  const parsed = await readJsonLinesFile(file);
  const batches = tierBatches(
    parsed.records.map((r) => r.record),
    DEFAULT_BATCH_SIZE,
  );
  const rows: PlainRow[] = parsed.records.map(({ record }) => {
    const r = toWriteRow(record);
    return { id: r.id, props: r.props, labels: RECORD_TYPES[record.type].labels };
  });
  const plainGraph = plainGraphBatches(batches, DEFAULT_BATCH_SIZE);
  log(`${file}: ${generated.records} records (scale ${scale}, seed ${seed}): ${JSON.stringify(generated.counts)}`);

  log('starting a throw-away Neo4j…');
  const startLoad = loadAverage();
  const db = await startBenchNeo4j({ heap: values.heap, pagecache: values.pagecache });
  const a: number[] = [];
  const aWrite: number[] = [];
  const b: number[] = [];
  const f: number[] = [];
  const g: number[] = [];
  const c: number[] = [];
  const alone = { flat: { fresh: [] as number[], unchanged: [] as number[] }, nested: { fresh: [] as number[], unchanged: [] as number[] } };
  let coldSeconds: number;
  try {
    // The first import into a fresh Neo4j also plans every writer statement (then cached: the
    // writer skips re-planning); reported on its own, the rounds measure the steady state.
    const cold = await importFile(db, file);
    coldSeconds = cold.seconds;
    log(`cold: import in ${cold.seconds.toFixed(1)} s`);
    await importFile(db, file);
    const imported = await graphShape(db);
    await db.clear();
    await writePlainGraph(db, plainGraph);
    const plainShape = await graphShape(db);
    if (plainShape !== imported) throw new Error(`the plain Cypher's graph differs from the import's:\n${plainShape}\n${imported}`);
    log(`(g) writes the import's graph: ${imported}`);
    await db.clear();
    // Round 0 warms every side up and is left out.
    for (let round = 0; round <= rounds; round += 1) {
      const record = round > 0;
      const importAndReimport = async () => {
        await db.clear();
        // The same validation as the import's own, alone: the import's time less this is its writing.
        const validation = await importFile(db, file, true);
        const first = await importFile(db, file);
        if (record) a.push(first.records / first.seconds);
        if (record) aWrite.push(first.records / (first.seconds - validation.seconds));
        log(`round ${round}: (a) import ${first.records} records in ${first.seconds.toFixed(1)} s (validation alone ${validation.seconds.toFixed(1)} s)`);
        const again = await importFile(db, file);
        if (record) c.push(again.records / again.seconds);
        log(`round ${round}: (c) re-import (unchanged) in ${again.seconds.toFixed(1)} s`);
      };
      const plain = async () => {
        await db.clear();
        const s = await plainMerge(db, rows);
        if (record) b.push(rows.length / s);
        log(`round ${round}: (b) plain UNWIND MERGE of ${rows.length} rows in ${s.toFixed(1)} s`);
        await db.clear();
        const labelled = await plainMerge(db, rows, PLAIN_MERGE_LABELLED);
        if (record) f.push(rows.length / labelled);
        log(`round ${round}: (f) plain UNWIND MERGE with the labels in ${labelled.toFixed(1)} s`);
      };
      const sameGraph = async () => {
        await db.clear();
        const graph = await writePlainGraph(db, plainGraph);
        if (record) g.push(rows.length / graph);
        log(`round ${round}: (g) the same graph by plain Cypher in ${graph.toFixed(1)} s`);
      };
      const writerAlone = async (name: keyof typeof WRITERS) => {
        await db.clear();
        const fresh = await writeAlone(db, batches, WRITERS[name]);
        const again = await writeAlone(db, batches, WRITERS[name]);
        log(`round ${round}: writer alone, ${name}: ${fresh.toFixed(1)} s, again (unchanged) ${again.toFixed(1)} s`);
        if (!record) return;
        alone[name].fresh.push(rows.length / fresh);
        alone[name].unchanged.push(rows.length / again);
      };
      // Alternate which side goes first, so a drift of the machine does not favour one.
      const sides = [importAndReimport, plain, sameGraph, () => writerAlone('flat'), () => writerAlone('nested')];
      for (const side of round % 2 ? sides : sides.reverse()) await side();
    }
  } finally {
    await db.stop();
    rmSync(work, { recursive: true, force: true });
  }

  const measured: Measured[] = [
    { name: '(a) evidence-graph import, end to end', runs: a },
    { name: '(a′) its writing alone: (a) less a dry run (validation only)', runs: aWrite },
    { name: '(b) plain UNWIND MERGE … SET n += row.props', runs: b },
    { name: '(f) plain UNWIND MERGE … SET n += row.props, n:$(row.labels)', runs: f },
    { name: '(g) the same graph by plain Cypher (nodes, links, citations; no checks, hash, audit)', runs: g },
    { name: '(c) re-import, all unchanged', runs: c },
    { name: '(d) writer alone, flat statements (now)', runs: alone.flat.fresh },
    { name: '(e) writer alone, nested CALL (before)', runs: alone.nested.fresh },
    { name: '(d′) writer alone, flat, all unchanged', runs: alone.flat.unchanged },
    { name: '(e′) writer alone, nested CALL, all unchanged', runs: alone.nested.unchanged },
    { name: '(a₀) first import into the fresh Neo4j (plans every statement; not in the rounds)', runs: [generated.records / coldSeconds] },
  ];
  const ratio = median(a) / median(b);
  const markdown = [
    `# Import benchmark, ${new Date().toISOString()}`,
    '',
    ...(values.label ? [`${values.label}`, ''] : []),
    `${generated.records} records (synthetic, scale ${scale}, seed ${seed}), batches of ${DEFAULT_BATCH_SIZE}, ${rounds} interleaved rounds, medians.`,
    '',
    markdownTable(measured),
    '',
    `Ratio (a)/(b): **${ratio.toFixed(2)}**; (a′)/(b): ${(median(aWrite) / median(b)).toFixed(2)}; (f)/(b), the labels alone: ${(median(f) / median(b)).toFixed(2)}; (a)/(f): ${(median(a) / median(f)).toFixed(2)}; (a)/(g), against the same graph by plain Cypher: **${(median(a) / median(g)).toFixed(2)}**; (g)/(b): ${(median(g) / median(b)).toFixed(2)}.`,
    `Load average at the start: ${startLoad}; at the end: ${loadAverage()}.`,
    `Writer alone, flat/nested: ${(median(alone.flat.fresh) / median(alone.nested.fresh)).toFixed(2)}× (new records), ${(median(alone.flat.unchanged) / median(alone.nested.unchanged)).toFixed(2)}× (unchanged).`,
  ].join('\n');
  const json = {
    date: new Date().toISOString(),
    label: values.label || undefined,
    scale,
    seed,
    records: generated.records,
    counts: generated.counts,
    batchSize: DEFAULT_BATCH_SIZE,
    rounds,
    measured: measured.map((m) => ({ ...m, median: median(m.runs) })),
    ratio,
    ratioToPlainGraph: median(a) / median(g),
    loadAverage: { start: startLoad, end: loadAverage() },
  };
  process.stdout.write(`${markdown}\n`);
  for (const path of writeResults(join(projectRoot(), 'bench', 'results'), 'import', json, markdown)) log(`wrote ${path}`);
}

async function endToEnd(run: { file: string; scale: number; seed: number; records: number; heap: string; pagecache: string; label: string; work: string }): Promise<void> {
  const startLoad = loadAverage();
  log(`starting a throw-away Neo4j (heap ${run.heap}, page cache ${run.pagecache})…`);
  const db = await startBenchNeo4j({ heap: run.heap, pagecache: run.pagecache });
  let m: Awaited<ReturnType<typeof importEndToEnd>>;
  try {
    log(`importing ${run.records} records end to end…`);
    m = await importEndToEnd(db, run.file);
  } finally {
    await db.stop();
    rmSync(run.work, { recursive: true, force: true });
  }
  const mib = (x?: number) => (x === undefined ? 'unknown' : `${Math.round(x)} MiB`);
  const markdown = [
    `# Import end to end, ${new Date().toISOString()}`,
    '',
    ...(run.label ? [run.label, ''] : []),
    `${run.records} records (synthetic, scale ${run.scale}, seed ${run.seed}), batches of ${DEFAULT_BATCH_SIZE}, into an empty Neo4j (heap ${run.heap}, page cache ${run.pagecache}); load average ${startLoad} at the start, ${loadAverage()} at the end.`,
    '',
    '| | |',
    '|---|---:|',
    `| time, validation and writing | ${m.seconds!.toFixed(0)} s |`,
    `| records/s | ${Math.round(run.records / m.seconds!)} |`,
    `| batches | ${m.batches} |`,
    `| import process, peak RSS (before importing: ${mib(m.baselineRssMiB)}) | ${mib(m.maxRssMiB)} |`,
    `| import process, peak heap (sampled) | ${mib(m.peakHeapMiB)} |`,
    `| Neo4j process, peak RSS (VmHWM) | ${mib(m.neo4jPeakRssMiB)} |`,
  ].join('\n');
  const json = {
    date: new Date().toISOString(),
    label: run.label || undefined,
    scale: run.scale,
    seed: run.seed,
    records: run.records,
    batchSize: DEFAULT_BATCH_SIZE,
    heap: run.heap,
    pagecache: run.pagecache,
    loadAverage: { start: startLoad, end: loadAverage() },
    ...m,
  };
  process.stdout.write(`${markdown}\n`);
  for (const path of writeResults(join(projectRoot(), 'bench', 'results'), `import-end-to-end-scale${run.scale}`, json, markdown)) log(`wrote ${path}`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
