/**
 * The coverage the service answers, as the panel draws it: the crime's elements then the mode's,
 * each with a heading, its status in words, its evidence (cited first, then by rule) and its rival
 * accounts. Pure: no request, no DOM (tested in matrix.spec.ts).
 */
import type { CoverageStatus, MatrixCitation, MatrixElement, MatrixView } from './types';

export const STATUS_WORDS: Record<CoverageStatus, string> = {
  SUPPORTED: 'supported',
  WEAK: 'weak',
  CONTESTED: 'contested',
  GAP: 'gap: no evidence',
};

interface CitationIn {
  locator: string;
  grade: string;
  quote: string | null;
  source: { id: string; title: string; publisher: string | null; held: boolean };
}

interface ElementIn {
  part: string;
  article: string;
  number: string;
  kind: string;
  text: string;
  footnotes: string[];
  status: string;
  reason: string;
  pattern: { statement: string } | null;
  evidence: { rule: string; recordId: string; finding: string | null; citation: CitationIn }[];
  contradictions: { recordId: string; contradictedId: string; label: string; citations: CitationIn[] }[];
}

export interface CoverageIn {
  thresholds: { description: string };
  summary: { elements: number; supported: number; weak: number; contested: number; gaps: number };
  notes: string[];
  elements: ElementIn[];
}

const citationOf = (c: CitationIn): MatrixCitation => ({
  sourceId: c.source.id,
  title: c.source.title,
  publisher: c.source.publisher,
  locator: c.locator,
  grade: c.grade,
  quote: c.quote,
  held: c.source.held,
});

export function ruleWords(rule: string): string {
  return rule === 'cited' ? 'cited for this element' : `derived: ${rule.replace(/-/g, ' ')}`;
}

function elementOf(e: ElementIn): MatrixElement {
  const status = e.status as CoverageStatus;
  return {
    key: `${e.part} ${e.article} ${e.number}`,
    heading: `art. ${e.article}, element ${e.number}`,
    kind: e.kind.toLowerCase(),
    text: e.text,
    footnotes: e.footnotes,
    status,
    statusWords: STATUS_WORDS[status] ?? e.status.toLowerCase(),
    reason: e.reason,
    pattern: e.pattern?.statement ?? null,
    items: e.evidence.map((i) => ({ rule: i.rule, ruleWords: ruleWords(i.rule), recordId: i.recordId, finding: i.finding, citation: citationOf(i.citation) })),
    rivals: e.contradictions.map((c) => ({ recordId: c.recordId, label: c.label, disputes: c.contradictedId, citations: c.citations.map(citationOf) })),
  };
}

export function matrixView(coverage: CoverageIn): MatrixView {
  const s = coverage.summary;
  const part = (name: string, title: string) => ({ title, elements: coverage.elements.filter((e) => e.part === name).map(elementOf) });
  return {
    thresholds: coverage.thresholds.description,
    summary: `${s.elements} elements: ${s.supported} supported, ${s.weak} weak, ${s.contested} contested, ${s.gaps} gaps`,
    notes: coverage.notes,
    parts: [part('CRIME', 'The crime'), part('MODE', 'The mode of liability')].filter((p) => p.elements.length),
  };
}
