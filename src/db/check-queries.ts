import type { Graph } from './graph';

/**
 * Plans every named query with EXPLAIN (nothing runs), so a syntax error or an unknown function in
 * a Cypher file stops start-up instead of failing the first request that needs it.
 */
export async function checkQueries(graph: Graph): Promise<void> {
  const problems: string[] = [];
  for (const name of graph.cypher.names()) {
    try {
      await graph.runText(`EXPLAIN ${graph.cypher.get(name)}`, {}, 'READ');
    } catch (e) {
      problems.push(`cypher/queries/${name}.cypher: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (problems.length) throw new Error(`Cypher files that do not plan:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
