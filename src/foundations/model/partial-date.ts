/**
 * Partial ISO 8601 dates ("2020", "2020-08", "2020-08-09") are intervals: "2020-08" is any day from
 * 2020-08-01 to 2020-08-31. The graph stores the text as given plus its earliest and latest day,
 * so that "valid at D" can be answered with index-friendly comparisons of full dates.
 */

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDate {
  /** The date exactly as the source gives it. */
  text: string;
  precision: DatePrecision;
  /** First day the date can mean, YYYY-MM-DD. */
  earliest: string;
  /** Last day the date can mean, YYYY-MM-DD. */
  latest: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a partial ISO date, or null when it is one. */
export function partialDateProblem(text: string): string | null {
  const m = PATTERN.exec(text);
  if (!m) return `"${text}" is not an ISO 8601 date: expected YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `"${text}" has month ${m[2]}: months run 01 to 12`;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const last = daysInMonth(year, month);
      if (day < 1 || day > last) return `"${text}" has day ${m[3]}: ${m[1]}-${m[2]} has days 01 to ${last}`;
    }
  }
  return null;
}

export function parsePartialDate(text: string): PartialDate {
  const problem = partialDateProblem(text);
  if (problem) throw new RangeError(problem);
  const [, y, m, d] = PATTERN.exec(text)!;
  const year = Number(y);
  if (m === undefined) {
    return { text, precision: 'YEAR', earliest: `${y}-01-01`, latest: `${y}-12-31` };
  }
  if (d === undefined) {
    const last = daysInMonth(year, Number(m));
    return { text, precision: 'MONTH', earliest: `${y}-${m}-01`, latest: `${y}-${m}-${pad(last)}` };
  }
  return { text, precision: 'DAY', earliest: text, latest: text };
}

/**
 * Whether the interval [start, end] holds at `at` (itself possibly partial), under the narrowest and
 * the widest reading. A null start means "since unknown" and a null end "still in force": both are
 * open-ended, so they never make a link uncertain.
 */
export type Validity = 'CERTAIN' | 'POSSIBLE' | 'NO';

export function validityAt(start: string | null | undefined, end: string | null | undefined, at: string): Validity {
  const a = parsePartialDate(at);
  const s = start ? parsePartialDate(start) : null;
  const e = end ? parsePartialDate(end) : null;
  // Narrowest: the interval starts as late and ends as early as its dates allow, and the whole of `at` lies inside.
  const certain = (!s || s.latest <= a.earliest) && (!e || e.earliest >= a.latest);
  if (certain) return 'CERTAIN';
  // Widest: the interval starts as early and ends as late as allowed, and some day of `at` lies inside.
  const possible = (!s || s.earliest <= a.latest) && (!e || e.latest >= a.earliest);
  return possible ? 'POSSIBLE' : 'NO';
}
