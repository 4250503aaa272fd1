/** Reading the trail: newest first, filtered by actor, action or target, a page at a time. */
import type { Graph } from '../../storage/db/graph';
import { showsIdentity, type ProtectionViewer } from '../protection/display';
import { entryFromRow, type AuditEntry } from './chain';

export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  target?: string | null;
}

/** Up to `limit` entries numbered below `before` (all when null), newest first. */
export async function listAudit(graph: Graph, filter: AuditFilter, page: { limit: number; before?: number | null }): Promise<AuditEntry[]> {
  const rows = await graph.read<Omit<AuditEntry, 'details'> & { details: unknown }>('audit/list', {
    actor: filter.actor ?? null,
    action: filter.action ?? null,
    target: filter.target ?? null,
    before: page.before ?? null,
    limit: page.limit,
  });
  return rows.map(entryFromRow);
}

export async function countAudit(graph: Graph, filter: AuditFilter): Promise<number> {
  const [row] = await graph.read<{ count: number }>('audit/count', { actor: filter.actor ?? null, action: filter.action ?? null, target: filter.target ?? null });
  return row?.count ?? 0;
}

/**
 * An entry's details as a viewer may see them: before/after images of a protected person show
 * only its id, protection and pseudonym to a viewer without clearance (as everywhere else; see
 * src/domain/protection). The stored entry, and its hash, are unchanged.
 */
export function detailsFor(entry: AuditEntry, viewer: ProtectionViewer): unknown {
  const d = entry.details;
  if (viewer.cleared || !d || typeof d !== 'object' || Array.isArray(d)) return d;
  const out: Record<string, unknown> = { ...(d as Record<string, unknown>) };
  for (const key of ['before', 'after']) {
    const r = out[key] as Record<string, unknown> | null | undefined;
    if (r && typeof r === 'object' && r.type === 'Person' && !showsIdentity({ recordType: 'Person', protection: r.protection }, viewer)) {
      out[key] = { type: 'Person', id: r.id, protection: r.protection, ...(r.protection === 'PSEUDONYM' && r.pseudonym ? { pseudonym: r.pseudonym } : {}), withheld: true };
    }
  }
  return out;
}
