/**
 * The case matrix as a printable HTML page for a lawyer: the summary row, then per allegation a
 * table of its elements in the provisions' order — text, kind, footnotes, status with its reason
 * and counts, each evidence item (rule, source, publisher, locator, grade, quote, what the rule
 * read), the rival accounts beside, the attack pattern's figures — and each gap marked as one.
 * Self-contained (styles inline, no script, nothing loaded), and the same bytes for the same matrix.
 */
import type { AllegationCoverage, AttackPattern, CaseMatrix, CoverageContradiction, CoverageStatus, ElementCoverage, EvidenceItem } from '../types';
import { describeThresholds } from '../thresholds';
import { labelOf, type Labels } from './labels';
import { MATRIX_STYLE } from './html-style';

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const h = escapeHtml;

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const STATUS_WORDS: Record<CoverageStatus, string> = { SUPPORTED: 'supported', WEAK: 'weak', CONTESTED: 'contested', GAP: 'gap' };

function summaryTable(s: CaseMatrix['summary']): string {
  return `<table class="summary"><thead><tr><th>elements</th><th>supported</th><th>weak</th><th>contested</th><th>gaps</th></tr></thead>
<tbody><tr><td>${s.elements}</td><td>${s.supported}</td><td>${s.weak}</td><td>${s.contested}</td><td>${s.gaps}</td></tr></tbody></table>`;
}

function evidenceItem(i: EvidenceItem, labels: Labels): string {
  const c = i.citation;
  const event = i.eventId ? ` · event: ${h(labelOf(labels, i.eventId))}` : '';
  const path = i.path.length ? `<p class="path">path: ${i.path.map((l) => `${h(l.childId)} → ${h(l.parentId)}`).join(', ')}</p>` : '';
  return `<li class="item" data-rule="${h(i.rule)}" data-record="${h(i.recordId)}">
<span class="grade">${h(c.grade)}</span> <cite>${h(c.sourceTitle)}</cite>${c.publisher ? ` · ${h(c.publisher)}` : ''} · ${h(c.locator)}
${c.quote ? `<blockquote>${h(c.quote)}</blockquote>` : '<p class="muted">No quote (none given, or left out for this viewer).</p>'}
<p class="how">rule <code>${h(i.rule)}</code> · ${h(i.recordType)} <code>${h(i.recordId)}</code>${event}</p>
${i.finding ? `<p class="finding">${h(i.finding)}</p>` : ''}${path}</li>`;
}

function rival(c: CoverageContradiction): string {
  const cites = c.citations
    .map((x) => `<li><span class="grade">${h(x.grade)}</span> <cite>${h(x.sourceTitle)}</cite> · ${h(x.locator)}${x.quote ? `<blockquote>${h(x.quote)}</blockquote>` : ''}</li>`)
    .join('\n');
  return `<li class="rival"><p>${h(c.label)} (<code>${h(c.recordId)}</code>) disputes <code>${h(c.contradictedId)}</code></p><ol>${cites}</ol></li>`;
}

function patternFigures(p: AttackPattern): string {
  return `<div class="pattern"><p>${h(p.statement)}</p>
<p class="muted">Months: ${h(p.months.join(', ') || 'none')}. Places: ${h(p.places.map((x) => x.name).join(', ') || 'none')}.</p></div>`;
}

function elementRow(e: ElementCoverage, labels: Labels): string {
  const footnotes = e.footnotes.length ? `<ol class="footnotes">${e.footnotes.map((f) => `<li>${h(f)}</li>`).join('')}</ol>` : '';
  const evidence = e.evidence.length ? `<ol class="evidence">${e.evidence.map((i) => evidenceItem(i, labels)).join('\n')}</ol>` : '<p class="gap-mark">No evidence: a gap.</p>';
  const rivals = e.contradictions.length ? `<ol class="rivals">${e.contradictions.map(rival).join('\n')}</ol>` : '<p class="muted">none</p>';
  return `<tr class="element status-${STATUS_WORDS[e.status]}" data-status="${e.status}" data-element="${h(`${e.article} ${e.number}`)}">
<td class="what"><b>${h(e.part === 'CRIME' ? 'crime' : 'mode')} · art. ${h(e.article)} el. ${h(e.number)}</b> <span class="kind">${h(e.kind)}</span><p>${h(e.text)}</p>${footnotes}
${e.rules.length ? `<p class="muted">rules: ${e.rules.map((r) => `<code>${h(r)}</code>`).join(', ')}</p>` : ''}</td>
<td class="status"><span class="badge">${e.status}</span><p>${h(e.reason)}</p><p class="counts">${count(e.sources, 'source')} · ${count(e.publishers, 'publisher')} · ${e.publishersAtMinGrade} at the minimum grade · best ${h(e.bestGrade ?? 'none')}</p></td>
<td class="evidence-cell">${e.pattern ? patternFigures(e.pattern) : ''}${evidence}</td>
<td class="rivals-cell">${rivals}</td>
</tr>`;
}

function allegationSection(a: AllegationCoverage, labels: Labels): string {
  const notes = a.notes.length ? `<ul class="notes">${a.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '';
  return `<section class="allegation" id="${h(a.allegationId)}">
<h2>${h(labelOf(labels, a.provisionId))}</h2>
<p class="meta">allegation <code>${h(a.allegationId)}</code> · mode ${h(a.mode)}${a.modeProvisionId ? ` (${h(labelOf(labels, a.modeProvisionId))})` : ''} · ${a.at ? `postings and command read at ${h(a.at)}` : 'each event read at its own date'}</p>
${a.description ? `<p class="description">${h(a.description)}</p>` : ''}
${summaryTable(a.summary)}
${notes}
<table class="elements"><thead><tr><th>element</th><th>status</th><th>evidence</th><th>rival accounts</th></tr></thead>
<tbody>
${a.elements.map((e) => elementRow(e, labels)).join('\n')}
</tbody></table>
</section>`;
}

export interface MatrixPage {
  matrix: CaseMatrix;
  labels: Labels;
  /** Whether the page was made for a viewer cleared to see protected identities. */
  cleared: boolean;
  /** What was left out for this viewer, in words. */
  notes: readonly string[];
}

export function matrixHtml(page: MatrixPage): string {
  const { matrix, labels } = page;
  const accused = labelOf(labels, matrix.accusedId);
  const leftOut = page.notes.length ? `<ul class="notes">${page.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Case matrix: ${h(accused)}</title>
<style>${MATRIX_STYLE}</style>
</head>
<body>
<header>
<h1>Case matrix: ${h(accused)}</h1>
<p class="meta">accused <code>${h(matrix.accusedId)}</code> · ${h(describeThresholds(matrix.thresholds))} · ${page.cleared ? 'made for a cleared viewer: protected identities are shown' : 'made for a viewer without clearance: protected persons pseudonymised or left out'}</p>
<p class="caveat">Material for a lawyer's assessment, element by element; not a finding. A gap is as much a result as support.</p>
${summaryTable(matrix.summary)}
${leftOut}
</header>
<main>
${matrix.allegations.map((a) => allegationSection(a, labels)).join('\n')}
${matrix.allegations.length ? '' : '<p class="gap-mark">No allegation against this accused.</p>'}
</main>
</body>
</html>
`;
}
