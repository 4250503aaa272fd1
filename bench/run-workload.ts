/**
 * One workload, side by side: first a check pass (every case asked of every side once, one at a
 * time: round trips counted exactly, answers compared with ours after canonicalising — this also
 * warms every side), then the timed runs at each concurrency, the sides taking turns in one-second
 * slices (bench/load.ts) so that every side meets the same drift in the machine's load.
 */
import { canonical, firstDifference } from './canonical';
import { runLoad, type LoadResult } from './load';
import { FLOOR_SIDES, type Side, type SideName } from './sides';
import type { Case, Workload } from './workloads/workload';

export interface SideCheck {
  /** Cases whose canonical answer equals ours (for ours itself: cases answered). */
  equal: number;
  cases: number;
  /** The first difference found, for the report. */
  difference?: string;
  roundTrips: { min: number; max: number; mean: number };
  /** Size of the answer (canonical JSON characters): round trips must not follow it. */
  answerChars: { min: number; max: number };
  error?: string;
}

export interface WorkloadResult {
  id: string;
  title: string;
  peerNote: string;
  cases: string[];
  checks: Partial<Record<SideName, SideCheck>>;
  timings: Partial<Record<SideName, LoadResult[]>>;
}

const stats = (xs: number[]) => ({ min: Math.min(...xs), max: Math.max(...xs), mean: Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 });

async function check(w: Workload, side: Side, cases: Case[], ours: unknown[]): Promise<{ check: SideCheck; answers: unknown[] }> {
  const trips: number[] = [];
  const sizes: number[] = [];
  const answers: unknown[] = [];
  let equal = 0;
  let difference: string | undefined;
  for (const [i, c] of cases.entries()) {
    side.roundTrips.count = 0;
    const data = await side.ask(c);
    trips.push(side.roundTrips.count);
    const canon = canonical(side.name === 'raw' ? w.canonRaw(data as Record<string, unknown>[]) : side.name === 'peer' ? w.canonPeer!(data) : w.canonOurs(data));
    answers.push(canon);
    sizes.push(JSON.stringify(canon).length);
    if (side.name === 'ours') equal += 1;
    else {
      const d = firstDifference(ours[i], canon);
      if (!d) equal += 1;
      else difference ??= `${c.label}: ${d}`;
    }
  }
  const size = stats(sizes);
  return { check: { equal, cases: cases.length, difference, roundTrips: stats(trips), answerChars: { min: size.min, max: size.max } }, answers };
}

export async function runWorkload(w: Workload, cases: Case[], sides: Side[], concurrencies: number[], seconds: number, log: (m: string) => void): Promise<WorkloadResult> {
  const result: WorkloadResult = { id: w.id, title: w.title, peerNote: w.peerNote, cases: cases.map((c) => c.label), checks: {}, timings: {} };
  const usable = sides.filter((s) => cases.every((c) => s.has(c)) && (s.name !== 'peer' || w.canonPeer !== undefined));
  let ours: unknown[] = [];
  const timed: Side[] = [];
  for (const side of usable) {
    if (FLOOR_SIDES.has(side.name)) {
      // Nothing to compare: its answer is not the workload's. Warmed by a few requests instead.
      for (const c of cases.slice(0, 3)) await side.ask(c);
      timed.push(side);
      continue;
    }
    try {
      const { check: c, answers } = await check(w, side, cases, ours);
      if (side.name === 'ours') ours = answers;
      result.checks[side.name] = c;
      timed.push(side);
      log(`${w.id} ${side.name}: ${c.equal}/${c.cases} equal to ours, round trips ${c.roundTrips.min}–${c.roundTrips.max}${c.difference ? `; first difference ${c.difference}` : ''}`);
    } catch (e) {
      // A side that cannot answer is reported, not timed; ours failing stops the workload.
      if (side.name === 'ours') throw e;
      result.checks[side.name] = { equal: 0, cases: cases.length, roundTrips: { min: NaN, max: NaN, mean: NaN }, answerChars: { min: NaN, max: NaN }, error: (e as Error).message.slice(0, 400) };
      log(`${w.id} ${side.name}: cannot answer: ${(e as Error).message.slice(0, 300)}`);
    }
  }
  for (const concurrency of concurrencies) {
    const results = await runLoad(
      timed.map((side) => ({ name: side.name, request: (i: number) => side.ask(cases[i]!).then(() => undefined) })),
      cases.length,
      concurrency,
      seconds,
    );
    for (const side of timed) {
      const r = results.get(side.name)!;
      (result.timings[side.name] ??= []).push(r);
      log(
        `${w.id} ${side.name} ×${concurrency}: p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms, ${r.perSecond.toFixed(1)}/s (${r.requests} requests${r.errors ? `, ${r.errors} errors` : ''})`,
      );
    }
  }
  return result;
}
