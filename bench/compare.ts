/**
 * Two or more benchmark runs side by side (e.g. scale 1 and scale 10): the p50 of every side of
 * every workload they share, and how it grows with the graph. `node dist/bench/compare.js A.json B.json`
 * writes bench/results/compare-<time>.md|json; `npm run bench -- --compare-scales 1,10` calls it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/foundations/config/project-root';
import type { RunResults } from './report';
import { writeResults } from './results-file';
import { SIDES } from './sides';

export function compareMarkdown(runs: RunResults[]): string {
  const base = runs[0]!;
  const out = [`# Scales side by side: ${runs.map((r) => `scale ${r.scale} (${r.records} records, ${r.date})`).join(' vs ')}`, ''];
  out.push("Growth: p50 at 1 client of each run divided by the first run's (target for W2 ours: within 1.5× from scale 1 to 10).", '');
  out.push(
    `| workload | side | ${runs.map((r) => `p50 scale ${r.scale}`).join(' | ')} | ${runs
      .slice(1)
      .map((r) => `growth ${r.scale}/${base.scale}`)
      .join(' | ')} | ${runs.map((r) => `round trips scale ${r.scale}`).join(' | ')} |`,
  );
  out.push(
    `|---|---|${runs.map(() => '---:').join('|')}|${runs
      .slice(1)
      .map(() => '---:')
      .join('|')}|${runs.map(() => '---').join('|')}|`,
  );
  // Only the workloads every run measured.
  for (const w of base.workloads.filter((x) => runs.every((r) => r.workloads.some((y) => y.id === x.id)))) {
    for (const side of SIDES) {
      const trips = runs.map((r) => r.workloads.find((x) => x.id === w.id)?.checks[side]?.roundTrips).map((t) => (t ? `${t.min}–${t.max}` : '–'));
      const p50 = runs.map((r) => r.workloads.find((x) => x.id === w.id)?.timings[side]?.find((t) => t.concurrency === 1)?.p50Ms);
      if (p50.every((x) => x === undefined)) continue;
      const fmt = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(2));
      const growth = p50.slice(1).map((x) => (x === undefined || p50[0] === undefined ? '–' : `${(x / p50[0]).toFixed(2)}×`));
      out.push(`| ${w.id} | ${side} | ${p50.map(fmt).join(' | ')} | ${growth.join(' | ')} | ${trips.join(' | ')} |`);
    }
  }
  out.push('', `Machines: ${runs.map((r) => `scale ${r.scale}: ${r.machine.cpu}, ${r.machine.cores} cores, load average at start ${r.machine.loadAverageAtStart.join(' / ')}`).join('; ')}.`);
  return out.join('\n');
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length < 2) {
    process.stderr.write('usage: node dist/bench/compare.js RESULTS.json RESULTS.json…\n');
    process.exit(2);
  }
  const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as RunResults);
  const markdown = compareMarkdown(runs);
  process.stdout.write(`${markdown}\n`);
  for (const p of writeResults(join(projectRoot(), 'bench', 'results'), 'compare', { files }, markdown)) process.stderr.write(`wrote ${p}\n`);
}
