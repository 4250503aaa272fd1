/**
 * The graph writer as it was before the flat statements (src/storage/records/write/cypher.ts), kept here
 * only as the benchmark's baseline: one statement per record type and batch, nested per-row `CALL`
 * subqueries. Same graph, same outcomes; not used by the service.
 */
import type { GraphTx } from '../src/storage/db/graph';
import { CITED_FOR_REL, CONTRADICTS_REL, ELEMENT_REL, RECORD_TYPES } from '../src/foundations/model/record-types';
import type { RecordType, RecordV1 } from '../src/storage/records/schemas';
import { REPLAN_SKIP } from '../src/storage/records/write/cypher';
import { toWriteRow } from '../src/storage/records/write/rows';
import { WRITE_ORDER } from '../src/storage/records/write/write-records';

function nestedUpsertCypher(type: RecordType): string {
  const info = RECORD_TYPES[type];
  const labels = info.labels.map((l) => `:${l}`).join('');
  const refRels = [...info.refs.map((r) => r.rel), ...(info.category === 'source' ? [] : [CONTRADICTS_REL])];
  const lines = [
    REPLAN_SKIP,
    'UNWIND $rows AS row',
    'MERGE (n:Record {id: row.id})',
    "WITH n, row, CASE WHEN n._hash IS NULL THEN 'created' WHEN n._hash = row.props._hash THEN 'unchanged' ELSE 'updated' END AS outcome",
    'CALL (n, row, outcome) {',
    "  WITH n, row WHERE outcome <> 'unchanged'",
    '  SET n = row.props',
    `  SET n${labels}`,
  ];
  if (refRels.length) lines.push(`  WITH n, row CALL (n) { MATCH (n)-[r:${refRels.join('|')}]->() DELETE r }`);
  for (const r of info.refs) {
    lines.push(`  WITH n, row CALL (n, row) { UNWIND row.refs.${r.field} AS target MATCH (t:Record {id: target}) CREATE (n)-[:${r.rel}]->(t) }`);
  }
  if (info.category !== 'source') {
    lines.push(
      `  WITH n, row CALL (n) { MATCH (:Source)-[c:${CITED_FOR_REL}]->(n) DELETE c }`,
      `  WITH n, row CALL (n, row) { UNWIND row.sources AS c MATCH (s:Source {id: c.source}) CREATE (s)-[:${CITED_FOR_REL} {locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element, position: c.position}]->(n) }`,
    );
  }
  if (type === 'LegalProvision') {
    lines.push(
      `  WITH n, row CALL (n) { MATCH (n)-[:${ELEMENT_REL}]->(e:Element) DETACH DELETE e }`,
      `  WITH n, row CALL (n, row) { UNWIND row.elements AS el CREATE (n)-[:${ELEMENT_REL}]->(:Element {id: el.id, number: el.number, text: el.text, kind: el.kind, provision: row.id, position: el.position}) }`,
    );
  }
  lines.push('}', 'RETURN outcome, count(*) AS count');
  return lines.join('\n');
}

/** Writes a batch like writeRecords(tx, records, { contradictions: false }) did; returns the records written. */
export async function legacyWriteRecords(tx: GraphTx, records: readonly RecordV1[]): Promise<number> {
  let n = 0;
  for (const type of WRITE_ORDER) {
    const batch = records.filter((r) => r.type === type);
    if (!batch.length) continue;
    const rows = await tx.runText<{ count: number }>(nestedUpsertCypher(type), { rows: batch.map(toWriteRow) });
    for (const r of rows) n += r.count;
  }
  return n;
}
