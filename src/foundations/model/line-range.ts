/**
 * A range of lines of a held file ("12-15", or "12" for one line; 1-based, inclusive): where in a
 * file that gathers excerpts of several pages one source's excerpt lies.
 */

export interface LineRange {
  from: number;
  to: number;
}

const PATTERN = /^([1-9]\d*)(?:-([1-9]\d*))?$/;

/** Why `text` is not a range of lines, or null when it is one. */
export function lineRangeProblem(text: string): string | null {
  const m = PATTERN.exec(text);
  if (!m) return 'must be a line ("12") or a range of lines ("12-15")';
  if (m[2] !== undefined && Number(m[2]) < Number(m[1])) return 'must not end before it starts';
  return null;
}

export function parseLineRange(text: string): LineRange {
  const problem = lineRangeProblem(text);
  if (problem) throw new RangeError(`"${text}" ${problem}`);
  const [, from, to] = PATTERN.exec(text)!;
  return { from: Number(from), to: Number(to ?? from) };
}
