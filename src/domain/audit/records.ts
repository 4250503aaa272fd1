/**
 * Audit entries for records written by loadRecords (GraphQL mutations): one entry per record,
 * `create` or `update`, with the record before (read inside the transaction, before the write) and
 * after (the record as written). An update that changes nothing is still recorded (someone asked
 * for it), as outcome "unchanged" with the record's hash and no before/after images.
 */
import type { GraphTx } from '../../storage/db/graph';
import { readRecords, UnreadableRecordError, withoutNulls } from '../../storage/records/read';
import type { RecordV1 } from '../../storage/records/schemas';
import { canonicalJson, recordHash } from '../../storage/records/write/rows';
import type { WriteSummary } from '../../storage/records/write/write-records';
import { appendAudit, appendAuditEntries, type AuditAction, type AuditEntry, type AuditEntryInput } from './chain';
import { batchOutcomes } from './imports';

/** A stored record that does not read back as records v1 (written by something else). */
export interface UnreadableBefore {
  unreadable: string;
}

export type BeforeImages = Map<string, RecordV1 | UnreadableBefore>;

/**
 * The stored state of the records about to be written, read inside the writing transaction.
 * `skip`: ids known not to be stored (a create's claimed id, whose node has no record yet).
 */
export async function readBefore(tx: GraphTx, ids: readonly string[], skip: readonly string[] = []): Promise<BeforeImages> {
  const wanted = ids.filter((id) => !skip.includes(id));
  try {
    return await readRecords(tx, wanted);
  } catch (e) {
    if (!(e instanceof UnreadableRecordError)) throw e;
    // One malformed record must not stop its own repair: read them one by one and note which.
    const out: BeforeImages = new Map();
    for (const id of wanted) {
      try {
        const one = await readRecords(tx, [id]);
        const r = one.get(id);
        if (r) out.set(id, r);
      } catch (err) {
        if (!(err instanceof UnreadableRecordError)) throw err;
        out.set(id, { unreadable: err.message });
      }
    }
    return out;
  }
}

/** The entry for one written record. */
export function recordEntry(actor: string, record: RecordV1, before: RecordV1 | UnreadableBefore | undefined): AuditEntryInput {
  const after = withoutNulls(record);
  const hash = recordHash(record);
  if (!before) return { actor, action: 'create', target: record.id, details: { recordType: record.type, outcome: 'created', hash, before: null, after } };
  if (canonicalJson(before) === canonicalJson(after)) {
    return { actor, action: 'update', target: record.id, details: { recordType: record.type, outcome: 'unchanged', hash } };
  }
  return { actor, action: 'update', target: record.id, details: { recordType: record.type, outcome: 'updated', hash, before, after } };
}

/** One entry for a whole set of records (the seed dataset) instead of one per record. */
export interface SetAudit {
  action: AuditAction;
  target?: string;
  /** Merged into the entry's details (e.g. the files read). */
  details?: Record<string, unknown>;
}

/**
 * Appends the single entry of a set written together: per-type counts and every record's
 * [id, hash] by outcome, as an import batch has (`hashes`: stored hashes before the write).
 */
export function auditSetWrite(tx: GraphTx, actor: string, set: SetAudit, summary: WriteSummary, records: readonly RecordV1[], hashes: Map<string, string>): Promise<AuditEntry> {
  return appendAudit(tx, { actor, action: set.action, target: set.target ?? null, details: { ...set.details, summary, records: batchOutcomes(records, hashes) } });
}

/** Appends one entry per written record, inside the writing transaction, after the writes. */
export function auditRecordWrites(tx: GraphTx, actor: string, records: readonly RecordV1[], before: BeforeImages): Promise<AuditEntry[]> {
  return appendAuditEntries(
    tx,
    records.map((r) => recordEntry(actor, r, before.get(r.id))),
  );
}
