/** The Markdown of a benchmark run: a summary table of ratios, then every workload in detail. */
import type { LoadResult } from './load';
import type { Machine } from './machine';
import type { SideCheck, WorkloadResult } from './run-workload';
import { FLOOR_SIDES, SIDES, type SideName } from './sides';
import type { ExportMeasured } from './w5-export';
import type { ImportMeasured } from './w6-import';

export interface RunResults {
  date: string;
  label?: string;
  scale: number;
  seed: number;
  secondsPerCase: number;
  concurrencies: number[];
  transport: string;
  machine: Machine;
  records: number;
  workloads: WorkloadResult[];
  export?: { skipped?: string; runs: ExportMeasured[] };
  import?: ImportMeasured;
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b || Number.isNaN(a) || Number.isNaN(b) ? '–' : `${(a / b).toFixed(2)}×`);
const at = (w: WorkloadResult, side: SideName, concurrency: number): LoadResult | undefined => w.timings[side]?.find((t) => t.concurrency === concurrency);

/** The floor of a workload at one client: raw's p50 plus the empty request's, measured in the same run. */
export function floorOf(w: WorkloadResult): number | undefined {
  const raw = at(w, 'raw', 1)?.p50Ms;
  const empty = at(w, 'empty', 1)?.p50Ms;
  return raw === undefined || empty === undefined ? undefined : raw + empty;
}

/** Stands for the check a floor side does not have (it answers no question of the workload). */
const FLOOR_CHECK: SideCheck = { equal: 0, cases: 0, roundTrips: { min: 0, max: 0, mean: 0 }, answerChars: { min: 0, max: 0 } };

/** Requests per second at every concurrency measured, ours against the peer, workload by workload. */
function throughputTable(r: RunResults): string[] {
  if (r.concurrencies.length < 2) return [];
  const cs = r.concurrencies;
  const rows = r.workloads.map((w) => {
    const cell = (c: number) => {
      const [ours, peer] = [at(w, 'ours', c)?.perSecond, at(w, 'peer', c)?.perSecond];
      return `${ours?.toFixed(0) ?? '–'} / ${peer?.toFixed(0) ?? '–'}${ours && peer ? ` (${(ours / peer).toFixed(2)}×)` : ''}`;
    };
    return `| ${w.id} | ${cs.map(cell).join(' | ')} |`;
  });
  return [
    '## Throughput, ours / peer (requests per second; above 1×: ours serves more)',
    '',
    `| workload | ${cs.map((c) => `×${c}`).join(' | ')} |`,
    `|---|${cs.map(() => '---:').join('|')}|`,
    ...rows,
    '',
  ];
}

export function markdownReport(r: RunResults): string {
  const out: string[] = [];
  out.push(`# Benchmark, scale ${r.scale} (${r.records} records), ${r.date}`, '');
  if (r.label) out.push(r.label, '');
  const m = r.machine;
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.neo4j}; load average at start ${m.loadAverageAtStart.join(' / ')}.`);
  out.push(`Seed ${r.seed}; ${r.secondsPerCase} s per side and concurrency; ${r.transport}. Latencies in ms; ratios of p50 (below 1: ours is faster).`, '');

  out.push('## Summary (p50 at 1 client; throughput at 16)', '');
  out.push(
    '| workload | ours p50 | raw p50 | empty p50 | floor p50 (raw + empty) | peer p50 | naive p50 | ours/raw | ours/floor | ours/peer | ours/naive | ours req/s ×16 | raw | peer | naive | round trips ours / naive / peer / raw | answers equal to ours (raw, peer, naive) |',
  );
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const w of r.workloads) {
    const p = (s: SideName) => at(w, s, 1)?.p50Ms;
    const floor = floorOf(w);
    const t = (s: SideName) => at(w, s, 16)?.perSecond;
    const trips = SIDES.map((s) => w.checks[s]?.roundTrips).map((rt) => (rt ? (rt.min === rt.max ? `${rt.min}` : `${rt.min}–${rt.max}`) : '–'));
    const eq = (['raw', 'peer', 'naive'] as const).map((s) => {
      const c = w.checks[s];
      return c ? (c.error ? 'error' : `${c.equal}/${c.cases}`) : '–';
    });
    out.push(
      `| ${w.id} | ${ms(p('ours'))} | ${ms(p('raw'))} | ${ms(p('empty'))} | ${ms(floor)} | ${ms(p('peer'))} | ${ms(p('naive'))} | ${ratio(p('ours'), p('raw'))} | ${ratio(p('ours'), floor)} | ${ratio(p('ours'), p('peer'))} | ${ratio(p('ours'), p('naive'))} | ${t('ours')?.toFixed(1) ?? '–'} | ${t('raw')?.toFixed(1) ?? '–'} | ${t('peer')?.toFixed(1) ?? '–'} | ${t('naive')?.toFixed(1) ?? '–'} | ${[trips[0], trips[3], trips[2], trips[1]].join(' / ')} | ${eq.join(', ')} |`,
    );
  }
  out.push(
    '',
    'Floor: raw (the question as one Cypher statement from this process) plus an empty GraphQL request to our server (`{ __typename }`: HTTP, authentication, Apollo and its plugins, no resolver), both timed beside ours in the same slices: what no GraphQL-over-HTTP answer here can go below.',
    '',
  );
  out.push(...throughputTable(r));

  for (const w of r.workloads) {
    out.push(`## ${w.id}: ${w.title}`, '');
    out.push(`Peer: ${w.peerNote}. ${w.cases.length} seeded cases: ${w.cases.slice(0, 6).join(', ')}${w.cases.length > 6 ? ', …' : ''}.`, '');
    const cols = r.concurrencies.flatMap((c) => [`p50 ×${c}`, `p95 ×${c}`, `req/s ×${c}`]);
    out.push(`| side | equal to ours | round trips (min–max, mean) | answer size (chars) | ${cols.join(' | ')} |`);
    out.push(`|---|---|---|---|${cols.map(() => '---:').join('|')}|`);
    for (const s of SIDES) {
      const c = w.checks[s] ?? (FLOOR_SIDES.has(s) && w.timings[s] ? FLOOR_CHECK : undefined);
      if (!c) continue;
      const times = r.concurrencies.flatMap((k) => {
        const t = at(w, s, k);
        return [ms(t?.p50Ms), ms(t?.p95Ms), t ? t.perSecond.toFixed(1) : '–'];
      });
      if (c === FLOOR_CHECK) {
        out.push(`| ${s} | – (the floor: an empty request, not the question) | 0 | – | ${times.join(' | ')} |`);
        continue;
      }
      const equal = c.error ? `cannot answer: ${c.error.replace(/\|/g, '/')}` : `${c.equal}/${c.cases}${c.difference ? ` (first difference: ${c.difference.replace(/\|/g, '/')})` : ''}`;
      out.push(`| ${s} | ${equal} | ${c.roundTrips.min}–${c.roundTrips.max}, ${c.roundTrips.mean} | ${c.answerChars.min}–${c.answerChars.max} | ${times.join(' | ')} |`);
    }
    out.push('');
  }

  if (r.export) {
    out.push('## W5: export (records v1), peak memory', '');
    if (r.export.skipped) out.push(`Skipped: ${r.export.skipped}`, '');
    else {
      out.push('Each export in a child process of its own, as a cleared admin; max RSS from the OS, heap sampled every 20 ms.', '');
      out.push('| selection | records | seconds | bytes | RSS before (MiB) | max RSS (MiB) | peak heap (MiB) |', '|---|---:|---:|---:|---:|---:|---:|');
      for (const e of r.export.runs)
        out.push(
          `| ${e.size} | ${e.records ?? '–'} | ${e.seconds?.toFixed(1) ?? '–'} | ${e.bytes ?? '–'} | ${e.baselineRssMiB?.toFixed(0) ?? '–'} | ${e.maxRssMiB?.toFixed(0) ?? '–'} | ${e.peakHeapMiB?.toFixed(0) ?? '–'} |${e.error ? ` ${e.error}` : ''}`,
        );
      const small = r.export.runs.filter((e) => e.records && e.size !== 'the whole graph').at(-1);
      const all = r.export.runs.find((e) => e.size === 'the whole graph');
      if (small?.maxRssMiB && all?.maxRssMiB)
        out.push(
          '',
          `Max RSS, whole graph / ${small.records} records: **${(all.maxRssMiB / small.maxRssMiB).toFixed(2)}×** for ${(all.records! / small.records!).toFixed(1)}× the records (target: within 2× from 10k to 100k).`,
        );
      out.push('');
    }
  }
  if (r.import) {
    const i = r.import;
    out.push('## W6: import', '');
    out.push(`${i.records} records imported in ${i.importSeconds.toFixed(1)} s: **${i.importRowsPerSecond.toFixed(0)} rows/s** (first import into the fresh Neo4j, statement planning included).`);
    if (i.plainMergeRowsPerSecond)
      out.push(
        `Plain \`UNWIND … MERGE … SET n += row.props\` of the same rows: ${i.plainMergeRowsPerSecond.toFixed(0)} rows/s; ratio import/plain **${i.ratio!.toFixed(2)}**. Re-import (all unchanged): ${i.reimportRowsPerSecond!.toFixed(0)} rows/s.`,
      );
    out.push('');
  }
  return out.join('\n');
}
