/**
 * A canonical dump of the whole graph (records, their links and citations; not bookkeeping nodes
 * such as migrations, import checkpoints and the audit trail), for comparing two graphs exactly.
 */
import type { Graph } from '../../src/storage/db/graph';
import { canonicalJson } from '../../src/storage/records/write/rows';

export async function dumpGraph(graph: Graph): Promise<string[]> {
  const nodes = await graph.runText<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:_Migration AND NOT n:_Import AND NOT n:_Audit AND NOT n:_AuditHead RETURN labels(n) AS labels, properties(n) AS props',
    {},
    'READ',
  );
  const rels = await graph.runText<{ from: string; type: string; props: Record<string, unknown>; to: string }>(
    'MATCH (a)-[r]->(b) WHERE NOT a:_Import RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to',
    {},
    'READ',
  );
  return [...nodes.map((n) => `${[...n.labels].sort().join(':')} ${canonicalJson(n.props)}`), ...rels.map((r) => `${r.from} -${r.type} ${canonicalJson(r.props)}-> ${r.to}`)].sort();
}
