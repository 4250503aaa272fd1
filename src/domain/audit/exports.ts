/**
 * The audit entry of an export: who exported what selection, and the hash of the bundle
 * handed out, so a bundle produced later in court can be matched to the entry. Call it inside the
 * transaction that reads the exported records.
 */
import type { GraphTx } from '../../storage/db/graph';
import { appendAudit, type AuditEntry } from './chain';

export interface ExportAudit {
  actor: string;
  /** What was asked for (ids, filters, format…): JSON-serialisable. */
  selection: unknown;
  /** sha256 (hex) of the bundle as delivered. */
  bundleHash: string;
  /** Optional: an identifier of the export (bundle file name, request id). */
  target?: string;
}

export function auditExport(tx: GraphTx, e: ExportAudit): Promise<AuditEntry> {
  return appendAudit(tx, { actor: e.actor, action: 'export', target: e.target ?? null, details: { selection: e.selection, bundleHash: e.bundleHash } });
}
