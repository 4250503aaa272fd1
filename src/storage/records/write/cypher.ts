/**
 * The Cypher that writes records: a fixed set of statements whose text never changes, every label,
 * relationship type and value a parameter (dynamic labels and types, `$(…)`, Cypher 5.26), so
 * that each is planned once whatever the record types of a batch, and a batch of any mix of types
 * is written by the same few statements in one transaction (see write-records.ts). Each is one
 * UNWIND over a flat list with lookups by unique id and no subqueries: nested per-row `CALL`s cost
 * an Apply per row and Eager operators in the slotted runtime. Snapshot-tested in
 * test/unit/writer-cypher.test.ts.
 *
 *   1. upsert: MERGE every node by id, tell each id's outcome by `_hash` (a row whose hash
 *      matches the stored one is "unchanged" and costs nothing more), and give created and updated
 *      nodes their properties and labels in the same pass;
 *   2. clear (updated rows only): outgoing reference and CONTRADICTS links, incoming citations and
 *      legal elements go: a record is the whole truth about itself, so they are written anew;
 *   3. refs: reference links from (from, to, rel) rows; 4. cite: citations from (record, source,
 *      …) rows; 5. elements: a provision's legal elements.
 *
 * Outgoing CONTRADICTS are cleared on a rewrite and written by CONTRADICTS_CYPHER, in a pass of
 * its own during a bulk import because they may point at records later in the input.
 * Citations, contradictions and legal elements carry their `position` in the record, so that
 * reading a record back (src/storage/records/read) gives them in the order they were written.
 */
import { CITED_FOR_REL, CONTRADICTS_REL, ELEMENT_REL } from '../../../foundations/model/record-types';

/**
 * Planning a writer statement takes up to a second; during a bulk import the graph's statistics
 * change fast and Neo4j would plan it again and again. The plans do not depend on them (every
 * lookup is by unique id), so the cached ones are kept.
 */
export const REPLAN_SKIP = 'CYPHER replan=skip';

const statement = (...lines: string[]) => [REPLAN_SKIP, ...lines].join('\n');

/**
 * $rows: [{id, props, labels}] → per record type, one row per outcome ('created' | 'updated' |
 * 'unchanged') with its ids. The stored hash is read before the SET replaces it.
 */
export const UPSERT_CYPHER = statement(
  'UNWIND $rows AS row',
  'MERGE (n:Record {id: row.id})',
  'WITH n, row, n._hash AS before',
  'FOREACH (_ IN CASE WHEN before IS NULL OR before <> row.props._hash THEN [1] ELSE [] END | SET n = row.props, n:$(row.labels))',
  "WITH row, CASE WHEN before IS NULL THEN 'created' WHEN before = row.props._hash THEN 'unchanged' ELSE 'updated' END AS outcome",
  'RETURN row.props.recordType AS type, outcome, collect(row.id) AS ids',
);

/** $rows: [{id, rels}] of updated records: their outgoing links of the types in `rels` go. */
export const CLEAR_LINKS_CYPHER = statement('UNWIND $rows AS row', 'MATCH (:Record {id: row.id})-[r]->()', 'WHERE type(r) IN row.rels', 'DELETE r');

/** $ids of updated records: their citations go (a Source has none). */
export const CLEAR_CITATIONS_CYPHER = statement('UNWIND $ids AS id', `MATCH (:Record {id: id})<-[c:${CITED_FOR_REL}]-(:Source)`, 'DELETE c');

/** $ids of updated records: their legal elements go (only a LegalProvision has any). */
export const CLEAR_ELEMENTS_CYPHER = statement('UNWIND $ids AS id', `MATCH (:Record {id: id})-[:${ELEMENT_REL}]->(e:Element)`, 'DETACH DELETE e');

/** $pairs: [{from, to, rel}]: one reference link each, of type `rel`. */
export const REFS_CYPHER = statement('UNWIND $pairs AS p', 'MATCH (n:Record {id: p.from})', 'MATCH (t:Record {id: p.to})', 'CREATE (n)-[:$(p.rel)]->(t)');

/** $cites: [{record, source, locator, credibility, quote, translation, translationBy, element, position}]. */
export const CITE_CYPHER = statement(
  'UNWIND $cites AS c',
  'MATCH (n:Record {id: c.record})',
  'MATCH (s:Source {id: c.source})',
  `CREATE (s)-[:${CITED_FOR_REL} {locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element, position: c.position}]->(n)`,
);

/** $elements: [{provision, id, number, text, kind, footnotes, position}]. */
export const ELEMENTS_CYPHER = statement(
  'UNWIND $elements AS el',
  'MATCH (n:Record {id: el.provision})',
  `CREATE (n)-[:${ELEMENT_REL}]->(:Element {id: el.id, number: el.number, text: el.text, kind: el.kind, footnotes: el.footnotes, provision: el.provision, position: el.position})`,
);

/**
 * Rewrites the CONTRADICTS links of the given records, $rows: [{id, contradicts}] (once every
 * node exists). Flat: the old links of the whole batch go before the new ones are merged.
 */
export const CONTRADICTS_CYPHER = statement(
  'UNWIND $rows AS row',
  'MATCH (n:Record {id: row.id})',
  `OPTIONAL MATCH (n)-[old:${CONTRADICTS_REL}]->()`,
  'DELETE old',
  'WITH DISTINCT n, row',
  'UNWIND range(0, size(row.contradicts) - 1) AS i',
  'MATCH (t:Record {id: row.contradicts[i]})',
  `MERGE (n)-[r:${CONTRADICTS_REL}]->(t) ON CREATE SET r.position = i`,
);
