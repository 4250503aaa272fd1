/**
 * Audit entries for bulk imports: one `import-batch` entry per batch, in the batch's transaction
 * (beside its checkpoint). Whole records would make the trail as large as the data, so an entry
 * holds each record's id and hash (the hash of its canonical records v1 form, as stored in
 * `_hash`) grouped by what the batch did to it, and the per-type counts.
 */
import type { GraphTx } from '../../storage/db/graph';
import type { RecordV1 } from '../../storage/records/schemas';
import { recordHash } from '../../storage/records/write/rows';
import type { RecordOutcomes, WriteSummary } from '../../storage/records/write/write-records';
import { appendAudit, type AuditEntry } from './chain';

export interface ImportBatchInfo {
  actor: string;
  file: string;
  /** The import's identity (checkpoint key). */
  key: string;
  /** This batch's number (1-based) and the import's number of batches. */
  batch: number;
  batches: number;
}

/** [id, hash] pairs by outcome (an import batch has them from its write, writeRecordsWithOutcomes). */
export type BatchRecords = RecordOutcomes;

export const importTarget = (key: string) => `import:${key}`;

/** The stored hash of each record about to be written (absent: not stored), read in the batch's transaction. */
export async function storedHashes(tx: GraphTx, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.run<{ id: string; hash: string | null }>('audit/stored-hashes', { ids });
  return new Map(rows.flatMap((r) => (r.hash ? [[r.id, r.hash] as const] : [])));
}

/** Each record's outcome, decided as the writer decides it: by comparing hashes. */
export function batchOutcomes(records: readonly RecordV1[], before: Map<string, string>): BatchRecords {
  const out: BatchRecords = { created: [], updated: [], unchanged: [] };
  for (const r of records) {
    const hash = recordHash(r);
    const old = before.get(r.id);
    out[old === undefined ? 'created' : old === hash ? 'unchanged' : 'updated'].push([r.id, hash]);
  }
  return out;
}

/** The entry of a batch of records. */
export function auditImportBatch(tx: GraphTx, info: ImportBatchInfo, summary: WriteSummary, records: BatchRecords): Promise<AuditEntry> {
  const { actor, ...where } = info;
  return appendAudit(tx, { actor, action: 'import-batch', target: importTarget(info.key), details: { ...where, pass: 'records', summary, records } });
}

/** The entry of a batch of contradictions (the pass after every record exists). */
export function auditContradictionBatch(tx: GraphTx, info: ImportBatchInfo, rows: readonly { id: string; contradicts: string[] }[]): Promise<AuditEntry> {
  const { actor, ...where } = info;
  return appendAudit(tx, { actor, action: 'import-batch', target: importTarget(info.key), details: { ...where, pass: 'contradictions', contradictions: rows } });
}
