/**
 * What an Allegation citation's `element` names. A bare number ("1") is an element of the
 * allegation's own provision (the crime). The article of the allegation's mode of liability and a
 * number ("25(3)(a) 2", "28(a) 3") name an element of the mode's provision: its numbers repeat the
 * crime's, hence the article.
 */
import type { LIABILITY_MODES } from './enums';

type LiabilityMode = (typeof LIABILITY_MODES)[number];

/** The article of the Rome Statute provision each mode of liability names. */
export const MODE_ARTICLES: Readonly<Record<LiabilityMode, string>> = {
  ART25_3_A: '25(3)(a)',
  ART25_3_B: '25(3)(b)',
  ART25_3_C: '25(3)(c)',
  ART25_3_D: '25(3)(d)',
  ART28_A: '28(a)',
  ART28_B: '28(b)',
};

/** The instrument whose articles the modes name (a provision's `instrument` contains it). */
export const ROME_STATUTE = 'Rome Statute';

export interface CitedElement {
  /** The provision's article, or null for a bare number (the allegation's own provision). */
  article: string | null;
  number: string;
}

export function parseCitedElement(element: string): CitedElement {
  const text = element.trim();
  const space = text.lastIndexOf(' ');
  if (space < 0) return { article: null, number: text };
  return { article: text.slice(0, space).trim(), number: text.slice(space + 1) };
}

/** A provision's elements, as a citation may name them. */
export interface CitableProvision {
  id: string;
  article: string;
  numbers: readonly string[];
}

/**
 * Whether `element` names an element of the allegation's provision (a bare number) or of its mode's
 * provision (the mode's article and a number; `mode` null when that provision is not known).
 */
export function namesElementOf(element: string, crimeNumbers: readonly string[], mode: CitableProvision | null): boolean {
  const { article, number } = parseCitedElement(element);
  if (article === null) return crimeNumbers.includes(number);
  return mode !== null && mode.article === article && mode.numbers.includes(number);
}

/** The elements a citation of an allegation may name, in words, for an error message (`mode` undefined: not known, not said). */
export function citableElementsText(crime: { id: string; numbers: readonly string[] }, modeName: string, mode: CitableProvision | null | undefined): string {
  const numbers = (ns: readonly string[]) => (ns.length ? ns.join(', ') : 'none');
  const crimePart = `its provision ${crime.id} has ${numbers(crime.numbers)} (cited as "${crime.numbers[0] ?? '1'}")`;
  const modeArticle = MODE_ARTICLES[modeName as LiabilityMode];
  if (mode === undefined) return crimePart;
  if (mode === null) return `${crimePart}; its mode ${modeName}'s provision (art. ${modeArticle ?? '?'}) is not in the graph`;
  return `${crimePart}; its mode ${modeName}'s provision ${mode.id} (art. ${mode.article}) has ${numbers(mode.numbers)} (cited as "${mode.article} ${mode.numbers[0] ?? '1'}")`;
}
