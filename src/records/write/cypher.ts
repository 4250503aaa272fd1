/**
 * The Cypher that writes one record type, generated from the model (labels and relationship types
 * cannot be parameters in Cypher 5, so they are spelled from RECORD_TYPES; every value is still a
 * parameter). Snapshot-tested in test/unit/writer-cypher.test.ts.
 *
 * A row whose `_hash` matches the stored one is left alone ("unchanged"); otherwise the node's
 * properties are replaced, its outgoing links, citations and legal elements rewritten: a record is
 * the whole truth about itself. Contradictions are written in a second pass (writeContradictions)
 * because they may point at records later in the same import.
 */
import { CITED_FOR_REL, CONTRADICTS_REL, ELEMENT_REL, RECORD_TYPES } from '../../model/record-types';
import type { RecordType } from '../schemas';

export function upsertCypher(type: RecordType): string {
  const info = RECORD_TYPES[type];
  const labels = info.labels.map((l) => `:${l}`).join('');
  const refRels = info.refs.map((r) => r.rel);
  const lines = [
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
      `  WITH n, row CALL (n, row) { UNWIND row.sources AS c MATCH (s:Source {id: c.source}) CREATE (s)-[:${CITED_FOR_REL} {locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}]->(n) }`,
    );
  }
  if (type === 'LegalProvision') {
    lines.push(
      `  WITH n, row CALL (n) { MATCH (n)-[:${ELEMENT_REL}]->(e:Element) DETACH DELETE e }`,
      `  WITH n, row CALL (n, row) { UNWIND row.elements AS el CREATE (n)-[:${ELEMENT_REL}]->(:Element {id: el.id, number: el.number, text: el.text, kind: el.kind, provision: row.id}) }`,
    );
  }
  lines.push('}', 'RETURN outcome, count(*) AS count');
  return lines.join('\n');
}

/** Rewrites the CONTRADICTS links of the given records (second pass, once every node exists). */
export const CONTRADICTS_CYPHER = [
  'UNWIND $rows AS row',
  'MATCH (n:Record {id: row.id})',
  `CALL (n) { MATCH (n)-[r:${CONTRADICTS_REL}]->() DELETE r }`,
  `CALL (n, row) { UNWIND row.contradicts AS target MATCH (t:Record {id: target}) MERGE (n)-[:${CONTRADICTS_REL}]->(t) }`,
].join('\n');
