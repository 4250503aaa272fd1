/**
 * Closed-loop load: `concurrency` clients each send the next request as soon as the last one is
 * answered; latency of every request, throughput over the time the side ran. The cases are taken
 * round-robin, so every side is asked the same questions in the same order.
 *
 * The sides take turns in short slices (one second each, the order rotating every round) until
 * each has run its time: the load on this shared machine drifts over minutes, and a side timed
 * in one block while another was timed in a quieter one made ratios move by ±30% between runs.
 * Turn by turn, every side meets the same drift.
 */
export interface LoadResult {
  concurrency: number;
  requests: number;
  seconds: number;
  p50Ms: number;
  p95Ms: number;
  perSecond: number;
  errors: number;
}

export interface LoadSide {
  name: string;
  request: (caseIndex: number) => Promise<void>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** What a side has done so far: its latencies, time, errors and where its round-robin stands. */
interface Tally {
  latencies: number[];
  seconds: number;
  errors: number;
  firstError?: unknown;
  next: number;
}

/** One slice of closed-loop load for one side, added to its tally. */
async function slice(side: LoadSide, tally: Tally, cases: number, concurrency: number, seconds: number): Promise<void> {
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  const client = async () => {
    while (process.hrtime.bigint() < deadline) {
      const i = tally.next++ % cases;
      const t0 = process.hrtime.bigint();
      try {
        await side.request(i);
        tally.latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (e) {
        tally.errors += 1;
        tally.firstError ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  tally.seconds += Number(process.hrtime.bigint() - start) / 1e9;
}

function summary(tally: Tally, concurrency: number): LoadResult {
  if (tally.errors && !tally.latencies.length) throw tally.firstError;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return {
    concurrency,
    requests: sorted.length,
    seconds: tally.seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    perSecond: sorted.length / tally.seconds,
    errors: tally.errors,
  };
}

/** Each side for `seconds` in all, in turns of `sliceSeconds`; a result per side, by name. */
export async function runLoad(sides: readonly LoadSide[], cases: number, concurrency: number, seconds: number, sliceSeconds = 1): Promise<Map<string, LoadResult>> {
  const tallies = sides.map((): Tally => ({ latencies: [], seconds: 0, errors: 0, next: 0 }));
  const rounds = Math.max(1, Math.round(seconds / sliceSeconds));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const s = (round + k) % sides.length;
      await slice(sides[s]!, tallies[s]!, cases, concurrency, seconds / rounds);
    }
  }
  return new Map(sides.map((side, s) => [side.name, summary(tallies[s]!, concurrency)]));
}
