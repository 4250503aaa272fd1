/**
 * The audit trail for those allowed to read it (the readAudit permission: admins). Entries are
 * listed newest first with keyset cursors (the entry number); details are shown as the viewer may
 * see them (protected persons' identities withheld without clearance).
 */
import { requirePermission } from '../../../domain/auth/require-permission';
import { countAudit, detailsFor, listAudit, verifyAudit, type AuditFilter } from '../../../domain/audit';
import { AppError } from '../../../foundations/errors';
import type { AuditEntry as AuditEntryGql, Resolvers } from '../../../generated/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../lists/pagination';

export interface AuditConnectionModel {
  edges: { cursor: string; node: AuditEntryGql }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

const encode = (seq: number) => Buffer.from(`audit:${seq}`).toString('base64url');
function decode(after: string): number {
  const m = /^audit:(\d+)$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw AppError.badInput('after', 'is not a cursor this list returned');
  return Number(m[1]);
}

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: async (_p, { first, after, actor, action, target }, ctx) => {
      requirePermission(ctx, 'readAudit');
      const limit = first ?? DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(limit) || limit < 0) throw AppError.badInput('first', `must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
      if (limit > MAX_PAGE_SIZE) throw AppError.limit('first', `at most ${MAX_PAGE_SIZE} per page; page through with \`after\``);
      const filter: AuditFilter = { actor, action, target };
      const rows = await listAudit(ctx.graph, filter, { limit: limit + 1, before: after ? decode(after) : null });
      const edges = rows.slice(0, limit).map((e) => ({ cursor: encode(e.seq), node: { ...e, details: detailsFor(e, ctx.viewer) } }));
      return {
        edges,
        pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount: () => countAudit(ctx.graph, filter),
      };
    },
    auditVerify: async (_p, _a, ctx) => {
      requirePermission(ctx, 'readAudit');
      const v = await verifyAudit(ctx.graph);
      return { ok: v.ok, entries: v.entries, headSeq: v.head?.seq ?? null, headHash: v.head?.hash ?? null, problems: v.problems };
    },
  },
};
