/**
 * The case matrix as CSV (RFC 4180): one row per allegation × element × evidence item, an element
 * without evidence on a row of its own with the evidence columns empty (its GAP shown, not
 * dropped). Every row repeats the element's status, counts and the thresholds, so a spreadsheet
 * filter on any column keeps what it needs; rival accounts are listed in the element's rows.
 */
import { csvRow } from '../../../foundations/csv-text';
import type { AllegationCoverage, CaseMatrix, ElementCoverage, EvidenceItem } from '../types';
import { labelOf, type Labels } from './labels';

export const MATRIX_CSV_COLUMNS = [
  'accused',
  'accused_name',
  'allegation',
  'crime_article',
  'mode',
  'part',
  'article',
  'element',
  'kind',
  'element_text',
  'status',
  'reason',
  'sources',
  'publishers',
  'publishers_at_min_grade',
  'best_grade',
  'min_grade',
  'min_publishers',
  'contradicted_by',
  'rule',
  'record_id',
  'record_type',
  'event_id',
  'event',
  'source_id',
  'source_title',
  'publisher',
  'locator',
  'grade',
  'quote',
  'finding',
] as const;

type Cell = string | number | null;

function elementCells(matrix: CaseMatrix, a: AllegationCoverage, e: ElementCoverage, labels: Labels): Cell[] {
  const crime = a.elements.find((x) => x.part === 'CRIME')?.article ?? null;
  return [
    matrix.accusedId,
    labelOf(labels, matrix.accusedId),
    a.allegationId,
    crime,
    a.mode,
    e.part,
    e.article,
    e.number,
    e.kind,
    e.text,
    e.status,
    e.reason,
    e.sources,
    e.publishers,
    e.publishersAtMinGrade,
    e.bestGrade,
    a.thresholds.minGrade,
    a.thresholds.minPublishers,
    [...new Set(e.contradictions.map((c) => c.recordId))].join(' '),
  ];
}

function itemCells(i: EvidenceItem | null, labels: Labels): Cell[] {
  if (!i) return Array<Cell>(12).fill(null);
  const c = i.citation;
  return [i.rule, i.recordId, i.recordType, i.eventId, i.eventId ? labelOf(labels, i.eventId) : null, c.sourceId, c.sourceTitle, c.publisher, c.locator, c.grade, c.quote, i.finding];
}

/** The rows, header first, as arrays of cells (what the file holds, before quoting). */
export function matrixCsvRows(matrix: CaseMatrix, labels: Labels): Cell[][] {
  const rows: Cell[][] = [[...MATRIX_CSV_COLUMNS]];
  for (const a of matrix.allegations) {
    for (const e of a.elements) {
      const head = elementCells(matrix, a, e, labels);
      const items = e.evidence.length ? e.evidence : [null];
      for (const i of items) rows.push([...head, ...itemCells(i, labels)]);
    }
  }
  return rows;
}

export function matrixCsv(matrix: CaseMatrix, labels: Labels): string {
  return matrixCsvRows(matrix, labels)
    .map((r) => csvRow(r))
    .join('');
}
