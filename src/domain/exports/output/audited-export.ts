/**
 * The end every export shares: the output written next to `out` under a temporary name, the
 * export's audit entry, and the rename into place. Nothing reaches `out` unless it was written
 * whole and audited; on any failure the temporary output is removed.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { GENESIS_HASH } from '../../audit';
import { auditExport } from '../../audit/exports';
import type { Viewer } from '../../auth/permissions';
import type { Graph } from '../../../storage/db/graph';
import type { ExportCounts, ExportFormat, ExportResult, ExportSelection, RedactionProfile } from '../types';
import { discard, moveIntoPlace } from './files';

/**
 * The state an export reflects: the last data-changing audit entry, read before anything else is
 * (not the head itself: an export's own entry moves the head without changing data).
 */
export async function readDatabaseState(graph: Graph): Promise<string> {
  const [head] = await graph.read<{ hash: string }>('audit/data-state');
  return head?.hash ?? GENESIS_HASH;
}

/** What the writer made at the temporary path: its digest (the one the audit records), size and notes. */
export interface WrittenOutput {
  sha256: string;
  bytes: number;
  notes: string[];
}

export interface AuditedExport {
  out: string;
  force: boolean;
  viewer: Viewer;
  format: ExportFormat;
  selection: ExportSelection;
  counts: ExportCounts;
  redaction: RedactionProfile;
  databaseState: string;
}

export async function writeAuditedExport(graph: Graph, e: AuditedExport, write: (temp: string) => Promise<WrittenOutput>): Promise<ExportResult> {
  const { out, format, selection, counts, redaction, databaseState } = e;
  const temp = join(dirname(out), `.${basename(out)}.partial-${randomBytes(6).toString('hex')}`);
  try {
    const { sha256, bytes, notes } = await write(temp);
    await graph.transaction((tx) =>
      auditExport(tx, {
        actor: e.viewer.id,
        target: `export:${sha256.slice(0, 16)}`,
        selection: { selection, format, file: basename(out), bytes, counts, redaction, databaseState },
        bundleHash: sha256,
      }),
    );
    await moveIntoPlace(temp, out, e.force);
    return { format, path: out, sha256, bytes, counts, redaction, notes };
  } catch (err) {
    await discard(temp);
    throw err;
  }
}
