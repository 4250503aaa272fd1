/**
 * Closed-loop load: `concurrency` clients each send the next request as soon as the last one is
 * answered, for a fixed time; latency of every request, throughput over the whole run. The cases
 * are taken round-robin, so every side is asked the same questions in the same order.
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

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function runLoad(request: (caseIndex: number) => Promise<void>, cases: number, concurrency: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: unknown;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  const client = async () => {
    while (process.hrtime.bigint() < deadline) {
      const i = next++ % cases;
      const t0 = process.hrtime.bigint();
      try {
        await request(i);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (e) {
        errors += 1;
        firstError ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (errors && !latencies.length) throw firstError;
  latencies.sort((a, b) => a - b);
  return { concurrency, requests: latencies.length, seconds: elapsed, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), perSecond: latencies.length / elapsed, errors };
}
