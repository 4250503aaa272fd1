/**
 * The Cypher that writes records, generated from the model: labels and relationship types cannot
 * be parameters in Cypher 5, so they are spelled from RECORD_TYPES; every value is a parameter.
 * Snapshot-tested in test/unit/writer-cypher.test.ts.
 *
 * A batch of one record type is written by several flat statements in one transaction (see
 * write-records.ts), each an UNWIND over a flat list with lookups by unique id and no subqueries:
 * nested per-row `CALL`s cost an Apply per row and Eager operators in the slotted runtime.
 *
 *   1. merge: MERGE every node by id and tell each id's outcome by `_hash` (a row whose hash
 *      matches the stored one is "unchanged" and costs nothing more);
 *   2. props: created and updated rows get their properties replaced and their labels;
 *   3. clear (updated rows only): outgoing reference and CONTRADICTS links, incoming citations and
 *      legal elements go: a record is the whole truth about itself, so they are written anew;
 *   4. refs: one statement per reference relationship type, from (from, to) id pairs;
 *   5. cite: citations from (record, source, …) rows; 6. elements: a provision's legal elements.
 *
 * Outgoing CONTRADICTS are cleared on a rewrite and written by CONTRADICTS_CYPHER, in a pass of
 * its own during a bulk import because they may point at records later in the input.
 * Citations, contradictions and legal elements carry their `position` in the record, so that
 * reading a record back (src/storage/records/read) gives them in the order they were written.
 */
import { CITED_FOR_REL, CONTRADICTS_REL, ELEMENT_REL, RECORD_TYPES } from '../../../foundations/model/record-types';
import type { RecordType } from '../schemas';

/**
 * Planning a writer statement takes up to a second; during a bulk import the graph's statistics
 * change fast and Neo4j would plan it again and again. The plans do not depend on them (every
 * lookup is by unique id), so the cached ones are kept.
 */
export const REPLAN_SKIP = 'CYPHER replan=skip';

const statement = (...lines: string[]) => [REPLAN_SKIP, ...lines].join('\n');

/** $rows: [{id, hash}] → one row per outcome ('created' | 'updated' | 'unchanged') with its ids. */
export const MERGE_CYPHER = statement(
  'UNWIND $rows AS row',
  'MERGE (n:Record {id: row.id})',
  "WITH row.id AS id, CASE WHEN n._hash IS NULL THEN 'created' WHEN n._hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome",
  'RETURN outcome, collect(id) AS ids',
);

export interface RefStatement {
  field: string;
  rel: string;
  /** $pairs: [{from, to}] */
  cypher: string;
}

export interface WriterStatements {
  /** MERGE_CYPHER (the same for every type). */
  merge: string;
  /** $rows: [{id, props}] of created and updated records. */
  props: string;
  /** $ids of updated records; each statement deletes one kind of old link or child. */
  clear: string[];
  refs: RefStatement[];
  /** $cites: [{record, source, locator, credibility, quote, translation, translationBy, element, position}]; null for a Source. */
  cite: string | null;
  /** $elements: [{provision, id, number, text, kind, footnotes, position}]; only for a LegalProvision. */
  elements: string | null;
}

export function writerStatements(type: RecordType): WriterStatements {
  const info = RECORD_TYPES[type];
  const labels = info.labels.map((l) => `:${l}`).join('');
  const cited = info.category !== 'source';
  // Outgoing CONTRADICTS go too: the contradictions pass re-adds the ones the record still lists,
  // so an update that drops one does not leave it behind.
  const outgoing = [...info.refs.map((r) => r.rel), ...(cited ? [CONTRADICTS_REL] : [])];
  const clear: string[] = [];
  if (outgoing.length) clear.push(statement('UNWIND $ids AS id', `MATCH (:Record {id: id})-[r:${outgoing.join('|')}]->()`, 'DELETE r'));
  if (cited) clear.push(statement('UNWIND $ids AS id', `MATCH (:Record {id: id})<-[c:${CITED_FOR_REL}]-(:Source)`, 'DELETE c'));
  if (type === 'LegalProvision') clear.push(statement('UNWIND $ids AS id', `MATCH (:Record {id: id})-[:${ELEMENT_REL}]->(e:Element)`, 'DETACH DELETE e'));
  return {
    merge: MERGE_CYPHER,
    props: statement('UNWIND $rows AS row', 'MATCH (n:Record {id: row.id})', `SET n = row.props, n${labels}`),
    clear,
    refs: info.refs.map((r) => ({
      field: r.field,
      rel: r.rel,
      cypher: statement('UNWIND $pairs AS p', 'MATCH (n:Record {id: p.from})', 'MATCH (t:Record {id: p.to})', `CREATE (n)-[:${r.rel}]->(t)`),
    })),
    cite: cited
      ? statement(
          'UNWIND $cites AS c',
          'MATCH (n:Record {id: c.record})',
          'MATCH (s:Source {id: c.source})',
          `CREATE (s)-[:${CITED_FOR_REL} {locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element, position: c.position}]->(n)`,
        )
      : null,
    elements:
      type === 'LegalProvision'
        ? statement(
            'UNWIND $elements AS el',
            'MATCH (n:Record {id: el.provision})',
            `CREATE (n)-[:${ELEMENT_REL}]->(:Element {id: el.id, number: el.number, text: el.text, kind: el.kind, footnotes: el.footnotes, provision: el.provision, position: el.position})`,
          )
        : null,
  };
}

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
