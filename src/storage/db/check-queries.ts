import type { Graph } from './graph';

/** How many queries are planned at once: planning is CPU-bound, so a few at a time keep a small machine responsive. */
const CONCURRENCY = 4;

/**
 * Planning is not a request: the largest queries (the chain walks) take seconds to plan on a busy
 * machine, and a fresh database plans them all at once, so the check allows more than a request's
 * transaction timeout rather than refusing a start-up for a slow planner.
 */
const PLANNING_TIMEOUT_MS = 180_000;

/**
 * Plans every named query with EXPLAIN (nothing runs), so a syntax error or an unknown function in
 * a Cypher file stops start-up instead of failing the first request that needs it.
 */
export async function checkQueries(service: Graph): Promise<void> {
  const graph = service.withTxTimeout(Math.max(service.txTimeoutMs, PLANNING_TIMEOUT_MS));
  const names = graph.cypher.names();
  const problems: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      try {
        await graph.runText(`EXPLAIN ${graph.cypher.get(name)}`, {}, 'READ');
      } catch (e) {
        problems.push(`cypher/queries/${name}.cypher: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (problems.length)
    throw new Error(
      `Cypher files that do not plan:\n${problems
        .sort()
        .map((p) => `  - ${p}`)
        .join('\n')}`,
    );
}
