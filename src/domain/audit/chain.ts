/**
 * The audit trail: who changed or exported what, when, as a hash chain of (:_Audit) entries
 * written INSIDE the transaction of the change they describe, so a change and its entry commit
 * together or not at all.
 *
 * Entry n holds {seq: n, at, actor, action, target, details, prevHash, hash} with
 * hash = sha256(canonical JSON of everything but the hash) and prevHash = entry n-1's hash (64
 * zeros for entry 1). The (:_AuditHead) node holds the last entry's seq and hash; every append
 * write-locks it first, so concurrent writers append one after the other and the chain stays
 * linear. The head is taken after the change's record writes (only an import's checkpoint node
 * follows it), so holding it never waits on a record lock and cannot deadlock with other writers.
 */
import { createHash } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { GraphTx } from '../../storage/db/graph';
import { AppError, ErrorCode } from '../../foundations/errors';
import { canonicalJson } from '../../storage/records/write/rows';

export const GENESIS_HASH = '0'.repeat(64);

export const AUDIT_ACTIONS = ['create', 'update', 'import-batch', 'seed', 'export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntryInput {
  /** Who: a viewer id (a token's subject, "cli:<user>"). */
  actor: string;
  action: AuditAction;
  /** The record (or import, export) the entry is about, when there is one. */
  target?: string | null;
  /** What: JSON-serialisable (before/after records v1, a batch summary, a bundle hash…). */
  details: unknown;
}

/** An entry as stored: `details` is parsed back from its JSON text. */
export interface AuditEntry {
  seq: number;
  /** ISO 8601 UTC timestamp, taken once the head is locked (so it grows with seq on one clock). */
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: unknown;
  prevHash: string;
  hash: string;
}

/** The hash of an entry: sha256 of the canonical JSON of all its fields but the hash itself. */
export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  const content = { seq: e.seq, at: e.at, actor: e.actor, action: e.action, target: e.target, details: e.details, prevHash: e.prevHash };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** `details` as it will read back: JSON has no undefined, Dates become strings, and so on. */
function normalise(details: unknown): unknown {
  const text = JSON.stringify(details ?? null);
  return JSON.parse(text) as unknown;
}

/**
 * Appends entries to the trail inside the caller's transaction (one lock, one write whatever their
 * number); returns them as stored. Nothing is appended for an empty list.
 */
export async function appendAuditEntries(tx: GraphTx, inputs: readonly AuditEntryInput[]): Promise<AuditEntry[]> {
  if (!inputs.length) return [];
  const [head] = await tx.run<{ seq: number; hash: string }>('audit/lock-head', { genesis: GENESIS_HASH });
  if (!head) throw new AppError(ErrorCode.INTERNAL, 'the audit trail head could not be locked');
  const at = new Date().toISOString();
  let prev = { seq: head.seq, hash: head.hash };
  const entries: AuditEntry[] = inputs.map((input) => {
    const content = { seq: prev.seq + 1, at, actor: input.actor, action: input.action, target: input.target ?? null, details: normalise(input.details), prevHash: prev.hash };
    const entry = { ...content, hash: entryHash(content) };
    prev = entry;
    return entry;
  });
  try {
    await tx.run('audit/append', {
      seq: prev.seq,
      hash: prev.hash,
      entries: entries.map((e) => ({ ...e, details: canonicalJson(e.details) })),
    });
  } catch (err) {
    if (err instanceof Neo4jError && /ConstraintValidationFailed/.test(err.code)) {
      // The head says n entries but entry n+1 exists: the head was removed or changed.
      throw new AppError(
        ErrorCode.INTERNAL,
        `the audit trail's head (entry ${head.seq}) disagrees with its entries, so nothing more can be recorded; run \`evidence-graph audit verify\``,
        {},
        { cause: err },
      );
    }
    throw err;
  }
  return entries;
}

/** Appends one entry inside the caller's transaction; returns it as stored. */
export async function appendAudit(tx: GraphTx, entry: AuditEntryInput): Promise<AuditEntry> {
  const [stored] = await appendAuditEntries(tx, [entry]);
  return stored!;
}

/** A stored row (details as JSON text) as an entry; details that do not parse stay as the text. */
export function entryFromRow(row: Omit<AuditEntry, 'details'> & { details: unknown }): AuditEntry {
  let details: unknown = row.details;
  if (typeof row.details === 'string') {
    try {
      details = JSON.parse(row.details) as unknown;
    } catch {
      details = row.details;
    }
  }
  return { seq: row.seq, at: row.at, actor: row.actor, action: row.action, target: row.target ?? null, details, prevHash: row.prevHash, hash: row.hash };
}
