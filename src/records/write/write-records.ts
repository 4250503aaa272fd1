/**
 * Writes validated records inside one transaction, type by type in dependency order (sources,
 * then entities and law, then the facts that link them), contradictions last. Returns what
 * happened to each record type: created, updated, unchanged.
 */
import type { GraphTx } from '../../db/graph';
import type { RecordType, RecordV1 } from '../schemas';
import { CONTRADICTS_CYPHER, upsertCypher } from './cypher';
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

const statements = new Map<RecordType, string>();
const cypherFor = (type: RecordType) => statements.get(type) ?? statements.set(type, upsertCypher(type)).get(type)!;

export async function writeRecords(tx: GraphTx, records: readonly RecordV1[]): Promise<WriteSummary> {
  const summary: WriteSummary = {};
  const byType = new Map<RecordType, RecordV1[]>();
  for (const r of records) (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(r);

  for (const type of WRITE_ORDER) {
    const batch = byType.get(type);
    if (!batch?.length) continue;
    const outcome = emptyOutcome();
    const rows = await tx.runText<{ outcome: keyof TypeOutcome; count: number }>(cypherFor(type), { rows: batch.map(toWriteRow) });
    for (const r of rows) outcome[r.outcome] += r.count;
    summary[type] = outcome;
  }
  const contradicting = records.filter((r) => 'contradicts' in r).map((r) => ({ id: r.id, contradicts: ('contradicts' in r && r.contradicts) || [] }));
  if (contradicting.length) await tx.runText(CONTRADICTS_CYPHER, { rows: contradicting });
  return summary;
}
