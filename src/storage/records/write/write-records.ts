/**
 * Writes validated records inside one transaction, type by type in dependency order (sources,
 * then entities and law, then the facts that link them), contradictions last. Returns what
 * happened to each record type: created, updated, unchanged.
 */
import type { GraphTx } from '../../db/graph';
import type { RecordType, RecordV1 } from '../schemas';
import { CONTRADICTS_CYPHER, writerStatements, type WriterStatements } from './cypher';
import { flatParams, mergeParams } from './flat-params';
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

const statements = new Map<RecordType, WriterStatements>();
const statementsFor = (type: RecordType) => statements.get(type) ?? statements.set(type, writerStatements(type)).get(type)!;

/**
 * Writes one record type's batch with the flat statements of cypher.ts: the MERGE tells each
 * record's outcome; unchanged records cost nothing more; the rest get their properties and labels,
 * lose their old links if they existed before, and get their links, citations and elements anew.
 * Returns the records written (created or updated).
 */
async function writeType(tx: GraphTx, type: RecordType, records: readonly RecordV1[], outcome: TypeOutcome): Promise<RecordV1[]> {
  const s = statementsFor(type);
  const rows = records.map(toWriteRow);
  const merged = await tx.runText<{ outcome: keyof TypeOutcome; ids: string[] }>(s.merge, { rows: mergeParams(rows) });
  const updated: string[] = [];
  const changed = new Set<string>();
  for (const m of merged) {
    outcome[m.outcome] += m.ids.length;
    if (m.outcome === 'unchanged') continue;
    for (const id of m.ids) changed.add(id);
    if (m.outcome === 'updated') updated.push(...m.ids);
  }
  if (!changed.size) return [];

  const p = flatParams(
    type,
    rows.filter((r) => changed.has(r.id)),
  );
  await tx.runText(s.props, { rows: p.props });
  // A created node has no links yet: only updated ones need the old ones removed.
  if (updated.length) for (const cypher of s.clear) await tx.runText(cypher, { ids: updated });
  for (const ref of s.refs) {
    const pairs = p.pairs.get(ref.field)!;
    if (pairs.length) await tx.runText(ref.cypher, { pairs });
  }
  if (s.cite && p.cites.length) await tx.runText(s.cite, { cites: p.cites });
  if (s.elements && p.elements.length) await tx.runText(s.elements, { elements: p.elements });
  return records.filter((r) => changed.has(r.id));
}

/**
 * `contradictions: false` leaves CONTRADICTS links to the caller: a bulk import writes them in a
 * pass of its own once every record exists, since they may point at records of any later batch.
 * Otherwise they are written last, for the records created or updated (an unchanged record's
 * links are as its stored self left them).
 */
export async function writeRecords(tx: GraphTx, records: readonly RecordV1[], opts: { contradictions?: boolean } = {}): Promise<WriteSummary> {
  const summary: WriteSummary = {};
  const byType = new Map<RecordType, RecordV1[]>();
  for (const r of records) (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(r);

  const written: RecordV1[] = [];
  for (const type of WRITE_ORDER) {
    const batch = byType.get(type);
    if (!batch?.length) continue;
    const outcome = emptyOutcome();
    written.push(...(await writeType(tx, type, batch, outcome)));
    summary[type] = outcome;
  }
  if (opts.contradictions === false) return summary;
  const contradicting = written.flatMap((r) => ('contradicts' in r && r.contradicts?.length ? [{ id: r.id, contradicts: r.contradicts }] : []));
  if (contradicting.length) await tx.runText(CONTRADICTS_CYPHER, { rows: contradicting });
  return summary;
}
