/**
 * An element's corroboration and status from its evidence and the rival accounts beside it:
 * - GAP: no evidence at all;
 * - CONTESTED: evidence, and some fact it rests on has a rival account (CONTRADICTS);
 * - SUPPORTED: evidence from at least `minPublishers` independent publishers at `minGrade` or better;
 * - WEAK: evidence short of that.
 * Independence is by publisher, not by article: five pieces repeating one office's statement are
 * one publisher. A source that names no publisher counts as its own.
 */
import { meets, parseGrade } from '../../foundations/model/grades';
import { best } from '../chain-of-command/evidence';
import type { CoverageContradiction, CoverageStatus, CoverageSummary, CoverageThresholds, ElementCoverage, EvidenceItem } from './types';

export interface Corroboration {
  sources: number;
  publishers: number;
  publishersAtMinGrade: number;
  bestGrade: string | null;
}

const publisherKey = (c: EvidenceItem['citation']) => (c.publisher?.trim() ? `publisher:${c.publisher.trim().toLowerCase()}` : `source:${c.sourceId}`);

export function corroboration(items: readonly EvidenceItem[], thresholds: CoverageThresholds): Corroboration {
  const min = parseGrade(thresholds.minGrade);
  const good = items.filter((i) => meets(parseGrade(i.citation.grade), min));
  return {
    sources: new Set(items.map((i) => i.citation.sourceId)).size,
    publishers: new Set(items.map((i) => publisherKey(i.citation))).size,
    publishersAtMinGrade: new Set(good.map((i) => publisherKey(i.citation))).size,
    bestGrade: best(items.map((i) => i.citation.grade)),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function statusOf(
  element: { kind: string },
  items: readonly EvidenceItem[],
  contradictions: readonly CoverageContradiction[],
  c: Corroboration,
  t: CoverageThresholds,
): { status: CoverageStatus; reason: string } {
  if (!items.length) {
    const why = element.kind === 'MENTAL' ? 'no citation names this mental element (mental elements are never derived)' : 'no citation names this element and no rule derived evidence for it';
    return { status: 'GAP', reason: why };
  }
  const counted = `${plural(c.sources, 'source')}, ${plural(c.publishers, 'independent publisher')}, ${c.publishersAtMinGrade} at ${t.minGrade} or better (best grade ${c.bestGrade ?? 'none'})`;
  if (contradictions.length) {
    const rivals = [...new Set(contradictions.map((x) => x.recordId))];
    return { status: 'CONTESTED', reason: `${plural(rivals.length, 'rival account')} dispute${rivals.length === 1 ? 's' : ''} a fact the evidence rests on: ${rivals.join(', ')}; ${counted}` };
  }
  if (c.publishersAtMinGrade >= t.minPublishers) return { status: 'SUPPORTED', reason: `${counted}; at least ${t.minPublishers} needed` };
  return { status: 'WEAK', reason: `${counted}; ${t.minPublishers} needed` };
}

export function summarize(elements: readonly Pick<ElementCoverage, 'status'>[]): CoverageSummary {
  const count = (s: CoverageStatus) => elements.filter((e) => e.status === s).length;
  return { elements: elements.length, supported: count('SUPPORTED'), weak: count('WEAK'), contested: count('CONTESTED'), gaps: count('GAP') };
}

export function addSummaries(summaries: readonly CoverageSummary[]): CoverageSummary {
  return summaries.reduce(
    (sum, s) => ({ elements: sum.elements + s.elements, supported: sum.supported + s.supported, weak: sum.weak + s.weak, contested: sum.contested + s.contested, gaps: sum.gaps + s.gaps }),
    { elements: 0, supported: 0, weak: 0, contested: 0, gaps: 0 },
  );
}
