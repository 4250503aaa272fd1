/**
 * Writes validated records inside one transaction: every node first, then the links between them,
 * contradictions last. Returns what happened to each record type (created, updated, unchanged)
 * and, for an audit entry, to each record.
 */
import type { GraphTx } from '../../db/graph';
import type { RecordType, RecordV1 } from '../schemas';
import { CITE_CYPHER, CLEAR_CITATIONS_CYPHER, CLEAR_ELEMENTS_CYPHER, CLEAR_LINKS_CYPHER, CONTRADICTS_CYPHER, ELEMENTS_CYPHER, REFS_CYPHER, UPSERT_CYPHER } from './cypher';
import { clearParams, flatParams, upsertParams, type TypedRow } from './flat-params';
import { toWriteRow } from './rows';

export const WRITE_ORDER: readonly RecordType[] = [
  'Source',
  'Place',
  'Organization',
  'Person',
  'LegalProvision',
  'Event',
  'Trial',
  'Posting',
  'Subordination',
  'Participation',
  'EventLink',
  'Allegation',
];

export interface TypeOutcome {
  created: number;
  updated: number;
  unchanged: number;
}
export type WriteSummary = Partial<Record<RecordType, TypeOutcome>>;

export function emptyOutcome(): TypeOutcome {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** Adds `b` into `a` (summaries of several batches). */
export function mergeSummaries(a: WriteSummary, b: WriteSummary): WriteSummary {
  for (const [type, o] of Object.entries(b) as [RecordType, TypeOutcome][]) {
    const t = (a[type] ??= emptyOutcome());
    t.created += o.created;
    t.updated += o.updated;
    t.unchanged += o.unchanged;
  }
  return a;
}

/** [id, hash] pairs by what the write did to each record, in the order the records were given. */
export interface RecordOutcomes {
  created: [string, string][];
  updated: [string, string][];
  unchanged: [string, string][];
}

export interface WriteResult {
  summary: WriteSummary;
  outcomes: RecordOutcomes;
}

/** The summary in the write order of the types, whatever order the database answered in. */
function summaryOf(merged: readonly { type: RecordType; outcome: keyof TypeOutcome; ids: string[] }[]): WriteSummary {
  const byType = new Map<RecordType, TypeOutcome>();
  for (const m of merged) (byType.get(m.type) ?? byType.set(m.type, emptyOutcome()).get(m.type)!)[m.outcome] += m.ids.length;
  const summary: WriteSummary = {};
  for (const type of WRITE_ORDER) if (byType.has(type)) summary[type] = byType.get(type)!;
  return summary;
}

/**
 * Writes a batch of records of any types with the statements of cypher.ts: the upsert tells each
 * record's outcome and gives created and updated ones their properties and labels; unchanged
 * records cost nothing more; updated ones lose their old links; then the links, citations and
 * elements of created and updated records are written, every kind in one statement for the whole
 * batch (each node exists by then, whichever type it is).
 */
export async function writeRecordsWithOutcomes(tx: GraphTx, records: readonly RecordV1[], opts: { contradictions?: boolean } = {}): Promise<WriteResult> {
  const rows: TypedRow[] = records.map((r) => ({ type: r.type, row: toWriteRow(r) }));
  const merged = rows.length ? await tx.runText<{ type: RecordType; outcome: keyof TypeOutcome; ids: string[] }>(UPSERT_CYPHER, { rows: upsertParams(rows) }) : [];
  const outcomeOf = new Map<string, keyof TypeOutcome>();
  for (const m of merged) for (const id of m.ids) outcomeOf.set(id, m.outcome);
  const outcomes: RecordOutcomes = { created: [], updated: [], unchanged: [] };
  for (const { row } of rows) outcomes[outcomeOf.get(row.id)!].push([row.id, row.props._hash as string]);

  const changed = rows.filter(({ row }) => outcomeOf.get(row.id) !== 'unchanged');
  // A created node has no links yet: only updated ones need the old ones removed.
  const updated = rows.filter(({ row }) => outcomeOf.get(row.id) === 'updated');
  if (updated.length) {
    const ids = updated.map(({ row }) => row.id);
    await tx.runText(CLEAR_LINKS_CYPHER, { rows: clearParams(updated) });
    await tx.runText(CLEAR_CITATIONS_CYPHER, { ids });
    await tx.runText(CLEAR_ELEMENTS_CYPHER, { ids });
  }
  const p = flatParams(changed);
  if (p.pairs.length) await tx.runText(REFS_CYPHER, { pairs: p.pairs });
  if (p.cites.length) await tx.runText(CITE_CYPHER, { cites: p.cites });
  if (p.elements.length) await tx.runText(ELEMENTS_CYPHER, { elements: p.elements });

  const summary = summaryOf(merged);
  if (opts.contradictions === false) return { summary, outcomes };
  const contradicting = changed.flatMap(({ row }) => (row.contradicts.length ? [{ id: row.id, contradicts: row.contradicts }] : []));
  if (contradicting.length) await tx.runText(CONTRADICTS_CYPHER, { rows: contradicting });
  return { summary, outcomes };
}

/**
 * `contradictions: false` leaves CONTRADICTS links to the caller: a bulk import writes them in a
 * pass of its own once every record exists, since they may point at records of any later batch.
 * Otherwise they are written last, for the records created or updated (an unchanged record's
 * links are as its stored self left them).
 */
export async function writeRecords(tx: GraphTx, records: readonly RecordV1[], opts: { contradictions?: boolean } = {}): Promise<WriteSummary> {
  return (await writeRecordsWithOutcomes(tx, records, opts)).summary;
}
