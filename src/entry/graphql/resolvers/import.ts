/**
 * The bulk import for GraphQL users: the CLI's pipeline on records sent in the
 * request, with the same validation report.
 */
import { createHash } from 'node:crypto';
import { requirePermission } from '../../../domain/auth/require-permission';
import { AppError, ErrorCode } from '../../../foundations/errors';
import type { Resolvers } from '../../../generated/graphql';
import { arrayReader } from '../../../domain/import/formats/array';
import { runImport } from '../../../domain/import/pipeline';
import { canonicalJson } from '../../../storage/records/write/rows';
import { afterWrite } from '../context';

export const MAX_IMPORT_RECORDS = 10_000;

export const importResolvers: Resolvers = {
  Mutation: {
    importRecords: async (_p, { records, dryRun, skipInvalid }, ctx) => {
      requirePermission(ctx, 'import');
      if (records.length > MAX_IMPORT_RECORDS) {
        throw AppError.limit('records', `at most ${MAX_IMPORT_RECORDS} records a call (got ${records.length}); use \`evidence-graph import\` for larger files`);
      }
      const key = createHash('sha256').update(canonicalJson(records)).update(`|${skipInvalid}`).digest('hex');
      const report = await runImport(ctx.graph, arrayReader(records), { file: 'graphql', format: 'jsonl', dryRun: !!dryRun, skipInvalid: !!skipInvalid, key, actor: ctx.viewer.id });
      if (report.written) afterWrite(ctx);
      const types = new Set([...Object.keys(report.summary), ...Object.keys(report.rejectedByType)]);
      return {
        records: report.records,
        problems: report.problems.map((p) => ({ code: ErrorCode.VALIDATION_FAILED, field: [p.recordId, p.field].filter(Boolean).join(': ') || null, line: p.line ?? null, message: p.message })),
        rejectedLines: report.rejectedLines,
        dryRun: report.dryRun,
        written: report.written,
        summary: [...types].map((t) => ({ recordType: t, ...(report.summary[t as keyof typeof report.summary] ?? { created: 0, updated: 0, unchanged: 0 }), rejected: report.rejectedByType[t] ?? 0 })),
      };
    },
  },
};
