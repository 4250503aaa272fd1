/**
 * Whether a source's held file bears out what the records say of it: the file's SHA-256 is the one
 * its Source gives, the lines the Source claims (`fileLines`, when one file gathers excerpts of
 * several pages) exist, and every quote cited from it is found there — within that source's own
 * lines, and on the lines a "line N" / "lines N-M" locator names. Pure: the caller reads the file
 * (the integrity check from the graph, the seed test from the records).
 */
import { createHash } from 'node:crypto';
import { parseLineRange, type LineRange } from '../../foundations/model/line-range';

export interface HeldSourceRef {
  id: string;
  file: string;
  fileLines?: string | null;
  sha256?: string | null;
}

export interface QuotedCitation {
  recordId: string;
  recordType: string;
  locator: string;
  quote: string;
}

export type HeldQuoteProblemKind = 'FILE_NOT_HELD' | 'HASH_MISMATCH' | 'LINES_OUTSIDE_FILE' | 'QUOTE_NOT_IN_FILE' | 'QUOTE_NOT_AT_LOCATOR';

export interface HeldQuoteProblem {
  kind: HeldQuoteProblemKind;
  sourceId: string;
  /** The citing record, for a quote's problem. */
  citation?: QuotedCitation;
  message: string;
}

/**
 * The comparison a reader makes: curly quotes as straight ones, any run of white space (a line
 * break included) as one space, case ignored. Nothing else is forgiven.
 */
export function foldForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The lines a "line 17" or "lines 17-19" locator names, or null for any other locator ("para. 14"). */
export function locatorLines(locator: string): LineRange | null {
  const m = /^lines? (\d+)(?:[-–](\d+))?$/.exec(locator.trim());
  if (!m) return null;
  const from = Number(m[1]);
  return { from, to: m[2] === undefined ? from : Math.max(from, Number(m[2])) };
}

const shortQuote = (q: string) => (q.length > 80 ? `${q.slice(0, 79)}…` : q);

function quoteProblem(source: HeldSourceRef, lines: string[], own: LineRange, c: QuotedCitation): HeldQuoteProblem | null {
  const quote = foldForQuote(c.quote);
  const where = source.fileLines ? `lines ${source.fileLines} of ${source.file}` : source.file;
  if (!foldForQuote(lines.slice(own.from - 1, own.to).join('\n')).includes(quote)) {
    return { kind: 'QUOTE_NOT_IN_FILE', sourceId: source.id, citation: c, message: `${c.recordType} ${c.recordId} quotes ${source.id} ("${shortQuote(c.quote)}"), which is not in ${where}` };
  }
  const at = locatorLines(c.locator);
  if (at && !foldForQuote(lines.slice(at.from - 1, at.to).join('\n')).includes(quote)) {
    return {
      kind: 'QUOTE_NOT_AT_LOCATOR',
      sourceId: source.id,
      citation: c,
      message: `${c.recordType} ${c.recordId} quotes ${source.id} at "${c.locator}" ("${shortQuote(c.quote)}"), but ${source.file} does not have it there`,
    };
  }
  return null;
}

/** The problems of one source's held file (`held`: its bytes, null when the file is not held). */
export function heldQuoteProblems(source: HeldSourceRef, held: Buffer | null, citations: readonly QuotedCitation[]): HeldQuoteProblem[] {
  if (!held) return [{ kind: 'FILE_NOT_HELD', sourceId: source.id, message: `Source ${source.id} names the file "${source.file}", which is not held in the sources folder` }];
  const problems: HeldQuoteProblem[] = [];
  const sha256 = createHash('sha256').update(held).digest('hex');
  if (source.sha256 && source.sha256.toLowerCase() !== sha256) {
    problems.push({ kind: 'HASH_MISMATCH', sourceId: source.id, message: `Source ${source.id} gives the SHA-256 ${source.sha256} for "${source.file}", but the held file's is ${sha256}` });
  }
  const lines = held.toString('utf8').split('\n');
  // A final line break ends the last line; it does not start another.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const own = source.fileLines ? parseLineRange(source.fileLines) : { from: 1, to: lines.length };
  if (own.to > lines.length) {
    problems.push({ kind: 'LINES_OUTSIDE_FILE', sourceId: source.id, message: `Source ${source.id} claims lines ${source.fileLines} of "${source.file}", which has ${lines.length} lines` });
    return problems;
  }
  for (const c of citations) {
    const problem = quoteProblem(source, lines, own, c);
    if (problem) problems.push(problem);
  }
  return problems;
}
