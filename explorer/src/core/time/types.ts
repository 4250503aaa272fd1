/**
 * A date slider over a chain of command or an organisation chart: where the facts in it begin and
 * end (`chainOfCommandChanges`, `organizationChartChanges`) and the days on which it may change.
 */
export interface Boundary {
  factId: string;
  kind: string;
  boundary: 'START' | 'END';
  /** As recorded: 2021-04-15, 2021-04 or 2021. */
  date: string;
  earliest: string;
  latest: string;
  summary: string;
}

export interface ChangeMarks {
  /** The days from which the answer may differ from the day before, in order. */
  dates: readonly string[];
  boundaries: readonly Boundary[];
}

/** The slider's extent, in days since 1970-01-01. */
export interface DayRange {
  min: number;
  max: number;
}

/** A mark on the slider: a day, or a range of days for a partial date. */
export interface Mark {
  factId: string;
  boundary: 'START' | 'END';
  /** Position and width as fractions of the slider (0 to 1). */
  at: number;
  width: number;
  /** A partial date (a year, a month): drawn as a band. */
  range: boolean;
  title: string;
}

/** What changed between two answers of the same chain or chart, for showing the change. */
export interface CommandDiff {
  /** Organisations whose commanders changed: who left, who came. */
  replaced: Record<string, { before: string[]; after: string[] }>;
  appearedOrganizations: string[];
  goneOrganizations: string[];
  appearedLinks: string[];
  goneLinks: string[];
  /** The change in words, one line each. */
  lines: string[];
}
