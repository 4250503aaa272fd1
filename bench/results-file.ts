/** Medians, the Markdown table and the results files of a benchmark run (bench/results/). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Measured {
  name: string;
  /** Rows per second of each run, in the order they ran. */
  runs: number[];
}

export function markdownTable(rows: readonly Measured[]): string {
  const lines = ['| measurement | median rows/s | runs (rows/s) |', '|---|---:|---|'];
  for (const r of rows) lines.push(`| ${r.name} | ${Math.round(median(r.runs))} | ${r.runs.map((x) => Math.round(x)).join(', ')} |`);
  return lines.join('\n');
}

/** Writes `<name>-<UTC date and time>.json` and `.md` under bench/results; returns their paths. */
export function writeResults(dir: string, name: string, json: unknown, markdown: string): string[] {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date()
    .toISOString()
    .replace(/:\d\d\.\d+Z$/, 'Z')
    .replace(':', '');
  const base = join(dir, `${name}-${stamp}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${base}.md`, `${markdown}\n`);
  return [`${base}.json`, `${base}.md`];
}
