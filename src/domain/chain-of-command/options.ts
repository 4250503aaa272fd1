/** The arguments of the chain-of-command queries, checked once: dates, grades, depth. */
import { AppError } from '../../foundations/errors';
import { formatGrade, gradeProblem, parseGrade, type Grade } from '../../foundations/model/grades';
import { parsePartialDate, partialDateProblem } from '../../foundations/model/partial-date';

export const DEFAULT_DEPTH = 10;
export const MAX_DEPTH = 20;

/** A date as asked (possibly partial) with its first and last day, for the coarse Cypher filter. */
export interface DateWindow {
  text: string;
  earliest: string;
  latest: string;
}

export function dateWindow(field: string, text: string): DateWindow {
  const problem = partialDateProblem(text);
  if (problem) throw AppError.badInput(field, problem);
  const d = parsePartialDate(text);
  return { text, earliest: d.earliest, latest: d.latest };
}

export function minGradeOf(text: string | null | undefined): Grade | null {
  if (text === null || text === undefined) return null;
  const problem = gradeProblem(text);
  if (problem) throw AppError.badInput('minGrade', problem);
  return parseGrade(text);
}

export function gradeText(g: Grade | null): string | null {
  return g ? formatGrade(g) : null;
}

export function checkDepth(depth: number | null | undefined): number {
  if (depth === null || depth === undefined) return DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 0) throw AppError.badInput('depth', `must be a whole number from 0 to ${MAX_DEPTH}, got ${depth}`);
  if (depth > MAX_DEPTH) throw AppError.limit('depth', `at most ${MAX_DEPTH} levels, asked for ${depth}`);
  return depth;
}
