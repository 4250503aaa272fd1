/**
 * The same graph as an import leaves, written by plain Cypher: one UNWIND … MERGE per kind of thing
 * or CREATE (the nodes with their labels and properties, the reference links, the citations, a
 * provision's legal elements, the contradictions), with no validation, hashing, audit entry or checkpoint —
 * the rows are prepared before the clock starts. The physical floor of writing this graph on this
 * Neo4j, with its constraints and indexes: what the import can at best come to.
 *
 * Batches are the import's (its tiers, its batch size, one transaction each) so that every node a
 * batch links to exists, as in the import; the contradictions go last, in batches of their own.
 * Nodes are MERGEd by id, as in (b) and (f); links are CREATEd, as the import creates them (a fresh
 * graph has none to find). A MERGE of a link of a dynamic type (`[:$(p.rel)]`) is a trap: planned
 * on a near-empty graph, it scans every relationship per row (DirectedAllRelationshipsScan under
 * the LockingMerge), and a run of this side once took 13 s instead of 1.
 */
import { CITED_FOR_REL, CONTRADICTS_REL, ELEMENT_REL } from '../src/foundations/model/record-types';
import { toCypherParams } from '../src/storage/db/graph';
import type { RecordV1 } from '../src/storage/records/schemas';
import { flatParams, upsertParams, type FlatParams, type TypedRow } from '../src/storage/records/write/flat-params';
import { toWriteRow } from '../src/storage/records/write/rows';
import { seconds } from './import-steps';
import type { BenchDatabase } from './neo4j';

export const PLAIN_GRAPH_CYPHER = {
  nodes: 'UNWIND $rows AS row MERGE (n:Record {id: row.id}) SET n += row.props, n:$(row.labels)',
  refs: 'UNWIND $pairs AS p MATCH (a:Record {id: p.from}) MATCH (b:Record {id: p.to}) CREATE (a)-[:$(p.rel)]->(b)',
  cites: `UNWIND $cites AS c MATCH (n:Record {id: c.record}) MATCH (s:Source {id: c.source}) CREATE (s)-[:${CITED_FOR_REL} {position: c.position, locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}]->(n)`,
  elements: `UNWIND $elements AS el MATCH (n:Record {id: el.provision}) CREATE (n)-[:${ELEMENT_REL}]->(:Element {id: el.id, number: el.number, text: el.text, kind: el.kind, footnotes: el.footnotes, provision: el.provision, position: el.position})`,
  contradicts: `UNWIND $rows AS row MATCH (n:Record {id: row.id}) MATCH (t:Record {id: row.to}) CREATE (n)-[:${CONTRADICTS_REL} {position: row.position}]->(t)`,
};

/** One transaction's parameters. */
export interface PlainGraphBatch {
  rows?: ReturnType<typeof upsertParams>;
  flat?: FlatParams;
  contradicts?: { id: string; to: string; position: number }[];
}

/** Import-shaped batches (as tierBatches gives them) as the plain statements' parameters, contradictions last. */
export function plainGraphBatches(batches: readonly RecordV1[][], size: number): PlainGraphBatch[] {
  const contradicts: NonNullable<PlainGraphBatch['contradicts']> = [];
  const out: PlainGraphBatch[] = batches.map((batch) => {
    const rows: TypedRow[] = batch.map((r) => ({ type: r.type, row: toWriteRow(r) }));
    for (const { row } of rows) row.contradicts.forEach((to, position) => contradicts.push({ id: row.id, to, position }));
    return { rows: upsertParams(rows), flat: flatParams(rows) };
  });
  for (let i = 0; i < contradicts.length; i += size) out.push({ contradicts: contradicts.slice(i, i + size) });
  return out;
}

/** Seconds to write every batch, each in its own transaction, through the driver alone. */
export async function writePlainGraph(db: Pick<BenchDatabase, 'driver'>, batches: readonly PlainGraphBatch[]): Promise<number> {
  const start = process.hrtime.bigint();
  const session = db.driver.session();
  const run = async (tx: { run: (cypher: string, params: Record<string, unknown>) => PromiseLike<unknown> }, cypher: string, key: string, list: readonly unknown[] | undefined) => {
    if (list?.length) await tx.run(cypher, { [key]: toCypherParams(list) });
  };
  try {
    for (const b of batches) {
      await session.executeWrite(async (tx) => {
        await run(tx, PLAIN_GRAPH_CYPHER.nodes, 'rows', b.rows);
        await run(tx, PLAIN_GRAPH_CYPHER.refs, 'pairs', b.flat?.pairs);
        await run(tx, PLAIN_GRAPH_CYPHER.cites, 'cites', b.flat?.cites);
        await run(tx, PLAIN_GRAPH_CYPHER.elements, 'elements', b.flat?.elements);
        await run(tx, PLAIN_GRAPH_CYPHER.contradicts, 'rows', b.contradicts);
      });
    }
  } finally {
    await session.close();
  }
  return seconds(start);
}

/**
 * The graph's shape: nodes by labels and relationships by type with their property keys, an
 * import's own bookkeeping (audit trail, checkpoint: labels starting with "_") left out. Equal
 * shapes after an import and after the plain statements show that the floor writes the same graph.
 */
export async function graphShape(db: Pick<BenchDatabase, 'driver'>): Promise<string> {
  const session = db.driver.session();
  try {
    const nodes = await session.run("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '_') RETURN labels(n) AS l, count(*) AS c, sum(size(keys(n))) AS k");
    const rels = await session.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c, sum(size(keys(r))) AS k');
    const byLabels = new Map<string, number[]>();
    for (const r of nodes.records) {
      const key = [...(r.get('l') as string[])].sort().join(':');
      const [c, k] = byLabels.get(key) ?? [0, 0];
      byLabels.set(key, [c! + Number(r.get('c')), k! + Number(r.get('k'))]);
    }
    const lines = [...byLabels].map(([l, [c, k]]) => `${l} ${c} nodes ${k} properties`);
    lines.push(...rels.records.map((r) => `${String(r.get('t'))} ${Number(r.get('c'))} links ${Number(r.get('k'))} properties`));
    return lines.sort().join('; ');
  } finally {
    await session.close();
  }
}
