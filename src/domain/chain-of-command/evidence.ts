/**
 * Citations as the queries return them, graded; a fact's grade (best citation) and whether it
 * passes a minimum grade; the validity of a dated fact at the date asked.
 */
import type { Credibility, Reliability, TranslationOrigin } from '../../foundations/model/enums';
import { bestGrade, formatGrade, meets, weakestGrade, type Grade } from '../../foundations/model/grades';
import { validityAt } from '../../foundations/model/partial-date';
import type { CitationEvidence, Evidence, Excluded, LinkValidity } from './types';

/** A citation as returned by the chain/*.cypher queries. */
export interface ChainCitationRow {
  sourceId: string;
  title: string;
  reliability: Reliability;
  confidentiality: string | null;
  locator: string;
  credibility: Credibility;
  quote: string | null;
  translation?: string | null;
  translationBy?: TranslationOrigin | null;
  element: string | null;
}

export function toCitation(c: ChainCitationRow): CitationEvidence {
  return {
    sourceId: c.sourceId,
    sourceTitle: c.title,
    reliability: c.reliability,
    confidentiality: c.confidentiality ?? 'PUBLIC',
    locator: c.locator,
    credibility: c.credibility,
    quote: c.quote ?? null,
    translation: c.translation ?? null,
    translationBy: c.translationBy ?? null,
    element: c.element ?? null,
    grade: `${c.reliability}${c.credibility}`,
  };
}

const gradeOf = (c: ChainCitationRow): Grade => ({ reliability: c.reliability, credibility: c.credibility });

export interface GradedEvidence extends Evidence {
  /** Whether some citation meets the minimum grade (always true without one). */
  passes: boolean;
}

export function grade(citations: readonly ChainCitationRow[], min: Grade | null): GradedEvidence {
  const best = bestGrade(citations.map(gradeOf));
  return {
    citations: citations.map(toCitation),
    grade: best ? formatGrade(best) : null,
    passes: !min || citations.some((c) => meets(gradeOf(c), min)),
  };
}

/** Grades and dates a fact: null (and recorded in `excluded`) when it fails the minimum grade. */
export function admit(kind: Excluded['kind'], id: string, citations: readonly ChainCitationRow[], min: Grade | null, excluded: Excluded[]): Evidence | null {
  const g = grade(citations, min);
  if (!g.passes) {
    excluded.push({
      kind,
      id,
      reason: g.grade ? `below the minimum grade ${formatGrade(min!)}: its best citation is ${g.grade}` : `below the minimum grade ${formatGrade(min!)}: it has no citation`,
    });
    return null;
  }
  return { citations: g.citations, grade: g.grade };
}

/** CERTAIN or POSSIBLE at `at`, or null when the fact does not hold then. */
export function validAt(start: string | null | undefined, end: string | null | undefined, at: string): LinkValidity | null {
  const v = validityAt(start ?? null, end ?? null, at);
  return v === 'NO' ? null : v;
}

/** The weakest of several grades (texts), null when none is graded. */
export function weakest(grades: readonly (string | null)[]): string | null {
  const parsed = grades.filter((g): g is string => g !== null).map((g) => ({ reliability: g[0] as Reliability, credibility: Number(g[1]) as Credibility }));
  const w = weakestGrade(parsed);
  return w ? formatGrade(w) : null;
}

/** The best of several grades (texts). */
export function best(grades: readonly (string | null)[]): string | null {
  const parsed = grades.filter((g): g is string => g !== null).map((g) => ({ reliability: g[0] as Reliability, credibility: Number(g[1]) as Credibility }));
  const b = bestGrade(parsed);
  return b ? formatGrade(b) : null;
}

export function combineValidity(vs: readonly LinkValidity[]): LinkValidity {
  return vs.every((v) => v === 'CERTAIN') ? 'CERTAIN' : 'POSSIBLE';
}
