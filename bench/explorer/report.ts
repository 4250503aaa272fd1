/** The explorer benchmark's table: each measurement's median and p90 by phase, its target and whether it is met. */
import type { Machine } from '../machine';
import type { Timing } from './page';
import type { Measured } from './scenarios';

export interface Measurement extends Measured {
  name: string;
  /** The total (click to first paint) must stay under this at p90… */
  targetMs: number;
  /** …on this data. */
  data: string;
}

export interface ExplorerResults {
  date: string;
  label?: string;
  machine: Machine;
  /** `uptime`'s load averages at the start and at the end: the machine is shared. */
  loadAtEnd: number[];
  chromium: string;
  warmup: number;
  runs: number;
  scale: number;
  measurements: Measurement[];
}

const PHASES = ['service', 'render', 'elements', 'layout', 'paint', 'total'] as const;

/** The value below which `q` of the values lie (nearest rank). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const cell = (timings: readonly Timing[], phase: (typeof PHASES)[number]) => {
  const xs = timings.map((t) => t[phase]);
  return `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.9))}`;
};

/** Met when the p90 of the total is under the target: nine clicks in ten draw in time. */
export const meets = (m: Measurement) =>
  quantile(
    m.timings.map((t) => t.total),
    0.9,
  ) < m.targetMs;

export function resultsTable(measurements: readonly Measurement[]): string {
  const lines = ['| measurement | service | render | elements | layout | first paint | **total** | target | met | requests |', '|---|---:|---:|---:|---:|---:|---:|---:|---|---:|'];
  for (const m of measurements) {
    const requests = [...new Set(m.timings.map((t) => t.requests))].join('–');
    lines.push(
      `| ${m.name} | ${PHASES.map((p) => (p === 'total' ? `**${cell(m.timings, p)}**` : cell(m.timings, p))).join(' | ')} | ${m.targetMs / 1000} s | ${meets(m) ? 'yes' : '**no**'} | ${requests} |`,
    );
  }
  return lines.join('\n');
}

export function markdownReport(r: ExplorerResults): string {
  const { machine: m } = r;
  return [
    `# Explorer benchmark, ${r.date}`,
    '',
    r.label ? `${r.label}\n` : '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.neo4j}, ${r.chromium} headless without GPU; load average at start ${m.loadAverageAtStart.join(' / ')}, at end ${r.loadAtEnd.join(' / ')}.`,
    `Synthetic data at scale ${r.scale} with the benchmark's large chain added; ${r.warmup} warm-up runs, then ${r.runs} measured runs each. Milliseconds, median / p90 of the runs; a target is met when the p90 of the total is under it.`,
    '',
    resultsTable(r.measurements),
    '',
    "Phases: **service**, from the click to the service's answer parsed in the page (every request the action sends); **render**, the answer to the elements handed to Cytoscape (state, Preact's render, the drawing built); **elements**, adding them to Cytoscape; **layout**; **first paint**, from the layout's end to the first frame painted after it; **total**, from the click to that frame.",
    '',
    ...r.measurements.map((x) => `- ${x.name}: ${x.data}; ${x.drawn}.`),
  ]
    .filter((l, i, all) => !(l === '' && all[i - 1] === ''))
    .join('\n');
}
