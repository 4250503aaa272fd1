import type { Graph } from './graph';

/** How many queries are planned at once: planning is CPU-bound and the machines have 2 cores. */
const CONCURRENCY = 4;

/**
 * Plans every named query with EXPLAIN (nothing runs), so a syntax error or an unknown function in
 * a Cypher file stops start-up instead of failing the first request that needs it.
 */
export async function checkQueries(graph: Graph): Promise<void> {
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
