/**
 * The one implementation behind every create/update mutation, parameterised by the record type:
 * GraphQL input → record v1 → the same validation as imports (zod schema, then the batch checks
 * against the stored graph) → one transaction through loadRecords. Problems with the input come back
 * as typed FieldErrors in the payload; only database and internal failures throw (formatError
 * turns those into coded GraphQL errors).
 */
import { requirePermission } from '../../../domain/auth/require-permission';
import { AppError, ErrorCode } from '../../../foundations/errors';
import type { FieldError } from '../../../generated/graphql';
import { loadRecords, RecordsRejected } from '../../../domain/writes/load-records';
import { withoutNulls } from '../../../storage/records/read/without-nulls';
import type { RecordType } from '../../../storage/records/schemas';
import { hiddenRecordIds } from '../../../domain/protection/hidden-records';
import { hidingRecords, storedRecords } from '../../../storage/records/stored-records';
import { article, parseRecord, type RecordProblem } from '../../../storage/records/validate';
import { afterWrite, type Context } from '../context';
import type { AnyStoredRecord } from '../loaders';

export type MutationMode = 'create' | 'update';

export interface MutationPayloadModel {
  record: AnyStoredRecord | null;
  errors: FieldError[];
}

const failed = (errors: FieldError[]): MutationPayloadModel => ({ record: null, errors });

function fieldError(code: ErrorCode, field: string | null, message: string): FieldError {
  return { code, field, line: null, message };
}

/** A validation problem as the payload reports it: the dotted path of the field and why. */
export function problemToFieldError(p: RecordProblem): FieldError {
  return fieldError(ErrorCode.VALIDATION_FAILED, p.field || null, p.message);
}

/** The record v1 a mutation's input stands for: its fields plus `type`, nulls meaning "absent". */
export function inputToRecord(type: RecordType, input: object): Record<string, unknown> {
  return { ...withoutNulls(input as Record<string, unknown>), type };
}

export async function mutateRecord(ctx: Context, type: RecordType, mode: MutationMode, input: object): Promise<MutationPayloadModel> {
  requirePermission(ctx, 'write');
  const parsed = parseRecord(inputToRecord(type, input));
  if (!parsed.record) return failed(parsed.problems.map(problemToFieldError));
  const record = parsed.record;

  // Without clearance, withheld persons and the records linking them are as good as absent.
  const hidden = ctx.viewer.cleared ? undefined : await hiddenRecordIds(ctx.graph, await ctx.protection.get());
  const known = hidden ? hidingRecords(storedRecords(ctx.graph), hidden) : storedRecords(ctx.graph);
  const existing = (await known.typeOf([record.id])).get(record.id);
  if (mode === 'create' && existing) {
    return failed([fieldError(ErrorCode.CONFLICT, 'id', `"${record.id}" already exists (${article(existing)} ${existing}); update${existing} replaces it`)]);
  }
  if (mode === 'update' && !existing) {
    return failed([fieldError(ErrorCode.NOT_FOUND, 'id', `no ${type} with id "${record.id}"; create${type} creates one`)]);
  }
  if (mode === 'update' && existing !== type) {
    return failed([fieldError(ErrorCode.CONFLICT, 'id', `"${record.id}" is ${article(existing!)} ${existing}, not ${article(type)} ${type}; a record cannot change type`)]);
  }

  // The checks above give the friendly messages; the same checks inside the write's transaction
  // make it atomic, so two concurrent creates of one id cannot both succeed.
  try {
    await loadRecords(ctx.graph, [{ line: 1, record }], { expect: { id: record.id, type, mode }, hidden, audit: { actor: ctx.viewer.id } });
  } catch (e) {
    if (e instanceof RecordsRejected) return failed(e.problems.map(problemToFieldError));
    if (e instanceof AppError && (e.code === ErrorCode.CONFLICT || e.code === ErrorCode.NOT_FOUND)) return failed([fieldError(e.code, 'id', e.message)]);
    throw e;
  }
  // The graph changed: nothing this request's loaders cached before the write may be served after it.
  afterWrite(ctx);
  return { record: await ctx.loaders.node.load(record.id), errors: [] };
}
