/**
 * Evidence grades (Admiralty code): a citation's grade is its source's reliability (A best … F)
 * with the citation's credibility (1 best … 6), written "B2".
 *
 * - A link (a fact) is as strong as its best citation: the one with the best reliability, then
 *   the best credibility.
 * - A chain is as strong as its weakest link: the worst reliability and the worst credibility
 *   among its links' grades (taken apart, so "B3" and "C2" together make "C3": no link is better
 *   than either part).
 * - A minimum grade "B2" admits a citation whose reliability is B or better and credibility 2 or
 *   better; a link passes when any of its citations passes.
 */
import { RELIABILITY_GRADES, type Credibility, type Reliability } from './enums';

export interface Grade {
  reliability: Reliability;
  credibility: Credibility;
}

const GRADE = /^([A-F])([1-6])$/;

export function gradeProblem(text: string): string | null {
  return GRADE.test(text) ? null : `"${text}" is not a grade: expected a reliability letter A–F and a credibility digit 1–6, e.g. "B2"`;
}

export function parseGrade(text: string): Grade {
  const m = GRADE.exec(text);
  if (!m) throw new RangeError(gradeProblem(text)!);
  return { reliability: m[1] as Reliability, credibility: Number(m[2]) as Credibility };
}

export function formatGrade(g: Grade): string {
  return `${g.reliability}${g.credibility}`;
}

const rank = (r: Reliability) => RELIABILITY_GRADES.indexOf(r);

/** Whether `g` is at least as good as `min` on both parts. */
export function meets(g: Grade, min: Grade): boolean {
  return rank(g.reliability) <= rank(min.reliability) && g.credibility <= min.credibility;
}

/** The best of several citations' grades (a link's grade), or null for none. */
export function bestGrade(grades: readonly Grade[]): Grade | null {
  let best: Grade | null = null;
  for (const g of grades) {
    if (!best || rank(g.reliability) < rank(best.reliability) || (g.reliability === best.reliability && g.credibility < best.credibility)) best = g;
  }
  return best;
}

/** The weakest of several links' grades (a chain's grade): worst reliability, worst credibility. */
export function weakestGrade(grades: readonly Grade[]): Grade | null {
  if (!grades.length) return null;
  const reliability = grades.map((g) => g.reliability).reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const credibility = Math.max(...grades.map((g) => g.credibility)) as Credibility;
  return { reliability, credibility };
}
