/**
 * The export selection (ExportSelection in ../types.ts) as a zod 4 schema: one validation for the
 * CLI and GraphQL, with messages that name the field and the reason ("from: "2020-13" has month 13…").
 */
import { z } from 'zod';
import { AppError, ErrorCode } from '../../../foundations/errors';
import { gradeProblem } from '../../../foundations/model/grades';
import { parsePartialDate } from '../../../foundations/model/partial-date';
import { id, partialDate } from '../../../storage/records/schemas';
import { MAX_HOPS, MAX_NODES, NODE_KINDS } from '../../subgraph';
import type { ExportSelection } from '../types';

/** Hops when a seeds selection names none (as the neighbourhood query). */
export const DEFAULT_EXPORT_HOPS = 1;

/**
 * Ids a seeds selection may name: as many as a neighbourhood may draw (MAX_NODES), so that what a
 * client has drawn can be exported as it is (`hops: 0`). The neighbourhood's smaller bound on its
 * seeds (MAX_SEEDS) is for drawing; an export runs in the background, without a node cap.
 */
export const MAX_EXPORT_SEEDS = MAX_NODES;

const grade = z.string().superRefine((value, ctx) => {
  const problem = gradeProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const seedsSelection = z
  .strictObject({
    by: z.literal('seeds'),
    ids: z.array(id, { error: 'must be a list of record ids' }).min(1, 'must name at least one record').max(MAX_EXPORT_SEEDS, `at most ${MAX_EXPORT_SEEDS} ids`),
    hops: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative').max(MAX_HOPS, `at most ${MAX_HOPS}`).optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    minGrade: grade.optional(),
    kinds: z
      .array(z.enum(NODE_KINDS, { error: `must be one of ${NODE_KINDS.join(', ')}` }))
      .min(1, 'must name at least one kind when given')
      .optional(),
  })
  .superRefine((s, ctx) => {
    if (s.from && s.to && parsePartialDate(s.from).earliest > parsePartialDate(s.to).latest) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `must not be after to ("${s.from}" > "${s.to}")` });
    }
  });

const eventSelection = z.strictObject({ by: z.literal('event'), event: id, at: partialDate.optional() });
const allegationSelection = z.strictObject({ by: z.literal('allegation'), allegation: id });
const accusedSelection = z.strictObject({ by: z.literal('accused'), accused: id });
const allSelection = z.strictObject({ by: z.literal('all') });

export const exportSelectionSchema = z.discriminatedUnion('by', [seedsSelection, eventSelection, allegationSelection, accusedSelection, allSelection], {
  error: 'by: must be one of seeds, event, allegation, accused, all',
});

/** "field: reason" for each problem, in order. */
export function selectionProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'selection'}: ${i.message}`);
}

/**
 * The selection, checked: BAD_USER_INPUT naming the first field at fault (the message lists every
 * problem), or LIMIT_EXCEEDED when a bound (ids, hops) is what was passed.
 */
export function parseExportSelection(input: unknown): ExportSelection {
  const parsed = exportSelectionSchema.safeParse(input);
  if (parsed.success) return withoutUndefined(parsed.data);
  const first = parsed.error.issues[0]!;
  const field = first.path.length ? `selection.${first.path.join('.')}` : 'selection';
  const code = first.code === 'too_big' && (first.path[0] === 'ids' || first.path[0] === 'hops') ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.BAD_USER_INPUT;
  return fail(code, field, selectionProblems(parsed.error));
}

function fail(code: ErrorCode, field: string, problems: string[]): never {
  throw new AppError(code, `invalid export selection: ${problems.join('; ')}`, { field, reasons: problems });
}

/** Optional fields given as undefined are left out, so a selection serialises (audit, manifest) the same whichever way it came. */
function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
