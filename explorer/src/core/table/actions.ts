/**
 * The entities and facts on the canvas as table rows (kind, name, dates, grade), sorted by any
 * column, and as CSV: RFC 4180 quoting, and a cell that a spreadsheet would run as a formula
 * (starting with = + - @) prefixed with an apostrophe, so a record's text cannot run there either.
 */
import { gradeRank } from '../grades/grades';
import type { GraphState } from '../graph/types';
import type { Column, TableRow, TableSort, TableTab } from './types';

export const COLUMNS: Record<TableTab, Column[]> = {
  entities: [
    { key: 'kind', title: 'Kind' },
    { key: 'name', title: 'Name' },
    { key: 'category', title: 'Category' },
    { key: 'start', title: 'From' },
    { key: 'end', title: 'Until' },
    { key: 'id', title: 'Id' },
  ],
  facts: [
    { key: 'kind', title: 'Kind' },
    { key: 'name', title: 'Fact' },
    { key: 'start', title: 'From' },
    { key: 'end', title: 'Until' },
    { key: 'grade', title: 'Grade' },
    { key: 'id', title: 'Id' },
  ],
};

const text = (v: string | null | undefined) => v ?? '';

export function rowsOf(graph: GraphState, tab: TableTab): TableRow[] {
  if (tab === 'entities') {
    return Object.values(graph.nodes).map((n) => ({
      id: n.id,
      cells: { kind: n.kind.toLowerCase().replace(/_/g, ' '), name: n.label, category: text(n.category), start: text(n.startDate), end: text(n.endDate), id: n.id },
    }));
  }
  const label = (id: string) => graph.nodes[id]?.shortLabel ?? graph.nodes[id]?.label ?? id;
  return Object.values(graph.edges).map((e) => ({
    id: e.id,
    cells: {
      kind: e.type.toLowerCase().replace(/_/g, ' '),
      name: `${label(e.source)} → ${label(e.target)}${e.label ? ` (${e.label})` : ''}`,
      start: text(e.startDate),
      end: text(e.endDate),
      grade: text(e.grade),
      id: e.factId ?? e.id,
    },
  }));
}

// One collator for every comparison: `localeCompare` with options builds one per call, which made
// sorting a table of a few thousand rows take a visible moment.
const byText = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares two cells of a column: grades by strength, dates as text (ISO sorts), names without case. */
function compare(key: string, a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  if (key === 'grade') return (gradeRank(a) ?? 99) - (gradeRank(b) ?? 99);
  return byText.compare(a, b);
}

/** Sorted by the column, empty cells last either way; ties by id, so the order is stable. */
export function sortRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  return [...rows].sort((x, y) => {
    const a = x.cells[sort.key] ?? '';
    const b = y.cells[sort.key] ?? '';
    const empty = a === '' || b === '';
    const c = compare(sort.key, a, b);
    return (empty || !sort.descending ? c : -c) || byCodePoint(x.id, y.id);
  });
}

/** Clicking a column: sort by it, or the other way round if it is the one sorted by. */
export function sortedBy(sort: TableSort, key: string): TableSort {
  return sort.key === key ? { key, descending: !sort.descending } : { key, descending: false };
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: readonly Column[], rows: readonly TableRow[]): string {
  return [columns.map((c) => csvCell(c.title)), ...rows.map((r) => columns.map((c) => csvCell(r.cells[c.key] ?? '')))].map((line) => line.join(',')).join('\r\n') + '\r\n';
}
