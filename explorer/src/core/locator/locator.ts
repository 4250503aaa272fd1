/**
 * Where a citation's locator points in a held source's text. The seed's locators are "line 17"
 * (a line of a news article as held), "para. 44" (a numbered paragraph of the UN report: a line
 * starting "44. "), "fn. 34" (a footnote: a line starting with "34" and two spaces) and "summary";
 * ranges ("lines 3-5", "paras. 44–46") span from the first to the last. Anything else (a page, an
 * article of a statute) is shown from the top, saying it could not be found.
 */
export type Locator =
  | { kind: 'line'; first: number; last: number }
  | { kind: 'paragraph'; first: number; last: number }
  | { kind: 'footnote'; number: number }
  | { kind: 'heading'; text: string }
  | { kind: 'unknown'; text: string };

/** Lines (1-based, inclusive) of the text that the locator covers. */
export interface LineRange {
  first: number;
  last: number;
}

const RANGE = String.raw`(\d+)(?:\s*[-–]\s*(\d+))?`;

export function parseLocator(locator: string): Locator {
  const text = locator.trim();
  const range = (m: RegExpExecArray) => ({ first: Number(m[1]), last: Number(m[2] ?? m[1]) });
  let m = new RegExp(`^lines?\\.?\\s*${RANGE}$`, 'i').exec(text);
  if (m) return { kind: 'line', ...range(m) };
  m = new RegExp(`^(?:paras?\\.?|paragraphs?|¶)\\s*${RANGE}$`, 'i').exec(text);
  if (m) return { kind: 'paragraph', ...range(m) };
  m = /^(?:fn\.?|footnote|note)\s*(\d+)$/i.exec(text);
  if (m) return { kind: 'footnote', number: Number(m[1]) };
  if (/^summary$/i.test(text)) return { kind: 'heading', text: 'Summary' };
  return { kind: 'unknown', text };
}

const paragraphStart = (n: number) => new RegExp(`^\\s*${n}\\.\\s`);

/** The line range the locator covers in `lines`, or null when it cannot be found there. */
export function locate(lines: readonly string[], locator: Locator): LineRange | null {
  switch (locator.kind) {
    case 'line':
      return locator.first >= 1 && locator.first <= lines.length ? { first: locator.first, last: Math.min(locator.last, lines.length) } : null;
    case 'paragraph': {
      const start = lines.findIndex((l) => paragraphStart(locator.first).test(l));
      if (start < 0) return null;
      // The paragraph runs until the next numbered paragraph (or 60 lines, for the last one).
      const after = lines.findIndex((l, i) => i > start && paragraphStart(locator.last + 1).test(l));
      const end = after < 0 ? Math.min(start + 60, lines.length) : after;
      return { first: start + 1, last: trimTrailingBlank(lines, start, end) };
    }
    case 'footnote': {
      const at = lines.findIndex((l) => new RegExp(`^\\s*${locator.number}\\s{2,}\\S`).test(l));
      return at < 0 ? null : { first: at + 1, last: at + 1 };
    }
    case 'heading': {
      const at = lines.findIndex((l) => l.trim().toLowerCase() === locator.text.toLowerCase());
      return at < 0 ? null : { first: at + 1, last: Math.min(at + 25, lines.length) };
    }
    default:
      return null;
  }
}

/** The 1-based last line before `end` (exclusive, 0-based) that is not blank. */
function trimTrailingBlank(lines: readonly string[], start: number, end: number): number {
  let last = end - 1;
  while (last > start && !lines[last]!.trim()) last--;
  return last + 1;
}

/** Where a quote is found in the text (lines 1-based), to highlight it even when the locator misses. */
export function findQuote(lines: readonly string[], quote: string | null | undefined): LineRange | null {
  const words = (quote ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length < 3) return null;
  const probe = words.slice(0, 6).join(' ');
  const flat = lines.map((l) => (l.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' '));
  for (let i = 0; i < flat.length; i++) {
    // A quote may run across a line break: look at each line joined with the next two.
    const window = [flat[i], flat[i + 1] ?? '', flat[i + 2] ?? ''].join(' ');
    const at = window.indexOf(probe);
    // The quote must start on this line, not on one of the two joined to it.
    if (at >= 0 && at <= flat[i]!.length) return { first: i + 1, last: i + 1 };
  }
  return null;
}

/**
 * A line cut around the first words of the quote found in it, so the page can mark them: the
 * text before, the matching text, the text after. The whole line as `before` when they are not in it.
 */
export function markQuote(line: string, quote: string | null | undefined): { before: string; marked: string; after: string } {
  const words = (quote ?? '').match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The longest run of the quote's first words found in the line (a quote may go on past it).
  for (let n = words.length; n >= 3; n--) {
    const m = new RegExp(words.slice(0, n).map(escape).join('[^\\p{L}\\p{N}]+'), 'iu').exec(line);
    if (m) return { before: line.slice(0, m.index), marked: m[0], after: line.slice(m.index + m[0].length) };
  }
  return { before: line, marked: '', after: '' };
}
