/**
 * CSV as an import format (README "Import formats"). The header row names records v1 fields; each
 * data row is one record, or one more citation (or legal element) of the record its `id` names.
 *
 * - record type: the `type` column, or `opts.recordType` for rows (or files) without one;
 * - list fields (aliases, citizenship, charges, targetedGroups, events, contradicts): `a|b|c`;
 * - numbers (victimCount, latitude, longitude, credibility) and booleans (inAbsentia: true/false,
 *   yes/no) are parsed; an empty cell means the field is absent;
 * - a citation per row in the columns source, locator, credibility, quote, translation,
 *   translationBy, element; a LegalProvision's elements in element.number, element.text, element.kind;
 * - rows with the same type and id are one record: citations and elements accumulate, every other
 *   field must agree (or be left empty on the later rows);
 * - a column that is no records v1 field is reported as a note and not carried over (the note
 *   says exactly what was left out; leaving it in would repeat one "unrecognized key" problem
 *   per record, and refuse them all, for what is usually a spreadsheet's working column).
 *
 * Rows of one record need not be adjacent, so the whole file is read on the first iteration and
 * the converted items are kept for later passes: CSV inputs are spreadsheets, not bulk dumps
 * (those come as JSON Lines, which stream).
 * Rows are numbered as a spreadsheet numbers them: the header is row 1, the first data row 2.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { recordSchema } from '../../../storage/records/schemas';
import type { RecordProblem } from '../../../storage/records/validate';
import type { ConversionNote, FormatReader, RawItem, ReaderOptions } from './types';

export const CSV_LIST_FIELDS = ['aliases', 'citizenship', 'charges', 'targetedGroups', 'events', 'contradicts'] as const;
export const CSV_NUMBER_FIELDS = ['victimCount', 'latitude', 'longitude'] as const;
export const CSV_BOOLEAN_FIELDS = ['inAbsentia'] as const;
export const CSV_CITATION_COLUMNS = ['source', 'locator', 'credibility', 'quote', 'translation', 'translationBy', 'element'] as const;
export const CSV_ELEMENT_COLUMNS = ['element.number', 'element.text', 'element.kind'] as const;

/** Every field any record type has (from the zod schemas), except the two a CSV spells out in columns. */
const RECORD_FIELDS: ReadonlySet<string> = new Set(recordSchema.options.flatMap((o) => Object.keys(o.shape)).filter((f) => f !== 'sources' && f !== 'elements'));
const KNOWN_COLUMNS: ReadonlySet<string> = new Set([...RECORD_FIELDS, ...CSV_CITATION_COLUMNS, ...CSV_ELEMENT_COLUMNS]);
const LIST = new Set<string>(CSV_LIST_FIELDS);
const NUMBER = new Set<string>(CSV_NUMBER_FIELDS);
const BOOLEAN = new Set<string>(CSV_BOOLEAN_FIELDS);

type Obj = Record<string, unknown>;

interface Group {
  line: number;
  raw: Obj;
  problems: RecordProblem[];
  /** Row that first gave each field, to name both rows when a later one disagrees. */
  givenOn: Map<string, number>;
}

const quoteCell = (v: unknown): string => JSON.stringify(Array.isArray(v) ? v.join('|') : v);

function parseCell(column: string, cell: string): { value?: unknown; problem?: string } {
  if (LIST.has(column))
    return {
      value: cell
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  if (NUMBER.has(column) || column === 'credibility') {
    const n = Number(cell);
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell) && Number.isFinite(n) ? { value: n } : { problem: `"${cell}" is not a number` };
  }
  if (BOOLEAN.has(column)) {
    const b = cell.toLowerCase();
    if (b === 'true' || b === 'yes') return { value: true };
    if (b === 'false' || b === 'no') return { value: false };
    return { problem: `"${cell}" is not a boolean: write true or false` };
  }
  return { value: cell };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The header row: its problems, and the columns that are no records v1 field (counted as notes). */
function readHeader(cells: string[], opts: ReaderOptions, unknown: Map<string, number>): RawItem | undefined {
  const seen = new Set<string>();
  const problems: RecordProblem[] = [];
  cells.forEach((name, i) => {
    if (!name) problems.push({ line: 1, field: '', message: `column ${i + 1} has no name in the header row` });
    else if (seen.has(name)) problems.push({ line: 1, field: name, message: `column "${name}" appears twice in the header row` });
    seen.add(name);
    if (name && !KNOWN_COLUMNS.has(name) && name !== 'type') unknown.set(name, 0);
  });
  if (!seen.has('type') && !opts.recordType) {
    problems.push({ line: 1, field: 'type', message: 'the record type is unknown: add a "type" column or give the type of every row (--type)' });
  }
  return problems.length ? { line: 1, problems } : undefined;
}

/** One data row split into the record's fields, its citation and its legal element. */
interface RowParts {
  row: number;
  type?: string;
  id?: string;
  raw: Obj;
  citation: Obj;
  element: Obj;
  problems: RecordProblem[];
}

/** Reads the cells of a data row by their columns; an unknown column's cell is only counted. */
function readRow(header: string[], cells: string[], row: number, opts: ReaderOptions, unknown: Map<string, number>): RowParts {
  const problems: RecordProblem[] = [];
  if (cells.length !== header.length) {
    problems.push({ line: row, field: '', message: `row ${row} has ${cells.length} cells but the header has ${header.length} columns` });
  }
  const raw: Obj = {};
  const citation: Obj = {};
  const element: Obj = {};
  header.forEach((column, i) => {
    const cell = cells[i] ?? '';
    if (cell === '' || !column) return;
    if (unknown.has(column)) {
      unknown.set(column, (unknown.get(column) ?? 0) + 1);
      return;
    }
    const { value, problem } = parseCell(column, cell);
    if (problem) {
      problems.push({ line: row, field: column, message: `row ${row}, column ${column}: ${problem}` });
      return;
    }
    if ((CSV_CITATION_COLUMNS as readonly string[]).includes(column)) citation[column] = value;
    else if (column.startsWith('element.')) element[column.slice('element.'.length)] = value;
    else raw[column] = value;
  });
  if (raw.type === undefined && opts.recordType) raw.type = opts.recordType;
  const type = typeof raw.type === 'string' ? raw.type : undefined;
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  for (const p of problems) Object.assign(p, id ? { recordId: id } : {}, type ? { recordType: type } : {});
  return { row, type, id, raw, citation, element, problems };
}

const hasCitation = (parts: RowParts) => Object.keys(parts.citation).length > 0;
const hasElement = (parts: RowParts) => Object.keys(parts.element).length > 0;

/** A citation on a Source's row, or an element on a row that is no LegalProvision. */
function misplacedColumns(parts: RowParts): RecordProblem[] {
  const { row, id, type } = parts;
  const problems: RecordProblem[] = [];
  if (type === 'Source' && hasCitation(parts)) {
    problems.push({ line: row, recordId: id, recordType: type, field: 'sources', message: `row ${row}: a Source cites nothing; leave ${CSV_CITATION_COLUMNS.join(', ')} empty on its rows` });
  }
  if (hasElement(parts) && type !== 'LegalProvision') {
    problems.push({ line: row, recordId: id, recordType: type, field: 'elements', message: `row ${row}: only a LegalProvision has elements; leave ${CSV_ELEMENT_COLUMNS.join(', ')} empty` });
  }
  return problems;
}

/** The first row of a record: the record begins with its fields, citation and element. */
function newGroup(parts: RowParts): Group {
  const { row, raw, type } = parts;
  if (hasCitation(parts) && type !== 'Source') raw.sources = [parts.citation];
  if (hasElement(parts) && type === 'LegalProvision') raw.elements = [parts.element];
  return { line: row, raw, problems: parts.problems, givenOn: new Map(Object.keys(raw).map((f) => [f, row])) };
}

/**
 * A further row of a record already begun: its problems are the record's problems, on the
 * record's first row, so that the whole record is refused if any of its rows is wrong. A field
 * given again must agree; citations and elements accumulate.
 */
function addRow(group: Group, parts: RowParts): void {
  const { row, id, type, raw } = parts;
  for (const p of parts.problems) group.problems.push({ ...p, line: group.line });
  for (const [field, value] of Object.entries(raw)) {
    const before = group.raw[field];
    if (before === undefined) {
      group.raw[field] = value;
      group.givenOn.set(field, row);
    } else if (!sameValue(before, value)) {
      group.problems.push({
        line: group.line,
        recordId: id,
        recordType: type,
        field,
        message: `rows ${group.givenOn.get(field)} and ${row} (both ${type} ${id}) disagree: ${quoteCell(before)} vs ${quoteCell(value)}; give it on one row or the same on both`,
      });
    }
  }
  if (hasCitation(parts) && type !== 'Source') group.raw.sources = [...((group.raw.sources as Obj[] | undefined) ?? []), parts.citation];
  if (hasElement(parts) && type === 'LegalProvision') group.raw.elements = [...((group.raw.elements as Obj[] | undefined) ?? []), parts.element];
}

/** Notes for the columns that were left out, with how many non-empty cells each had. */
function unknownColumnNotes(unknown: Map<string, number>): ConversionNote[] {
  return [...unknown].map(([column, cells]) => ({
    line: 1,
    what: `CSV column '${column}'`,
    message: `not a records v1 field nor a citation or element column: its ${cells} non-empty cell${cells === 1 ? ' was' : 's were'} not imported`,
  }));
}

/** Reads the whole file into items in input order (a record where its first row was), and the notes. */
async function convertCsv(path: string, opts: ReaderOptions): Promise<{ items: RawItem[]; notes: ConversionNote[] }> {
  const groups = new Map<string, Group>();
  /** Items in input order: a group appears where its first row was. */
  const order: (Group | RawItem)[] = [];
  let header: string[] | undefined;
  const unknown = new Map<string, number>();

  const parser = createReadStream(path).pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }));
  try {
    for await (const { record: cells, info } of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      if (!header) {
        header = cells;
        const problems = readHeader(cells, opts, unknown);
        if (problems) order.push(problems);
        continue;
      }
      const parts = readRow(header, cells, info.records, opts, unknown);
      parts.problems.push(...misplacedColumns(parts));
      const key = parts.id !== undefined && parts.type !== undefined ? `${parts.type}\u0000${parts.id}` : undefined;
      const group = key ? groups.get(key) : undefined;
      if (group) {
        addRow(group, parts);
        continue;
      }
      const g = newGroup(parts);
      if (key) groups.set(key, g);
      order.push(g);
    }
  } catch (e) {
    const err = e as Error & { lines?: number };
    const at = err.lines ?? 1;
    order.push({ line: at, problems: [{ line: at, field: '', message: `not valid CSV${err.lines ? ` at line ${err.lines}` : ''}: ${err.message}; the rest of the file was not read` }] });
  }
  const items = order.map((entry): RawItem => ('givenOn' in entry ? { line: entry.line, raw: entry.raw, problems: entry.problems } : entry));
  return { items, notes: unknownColumnNotes(unknown) };
}

export function csvReader(path: string, opts: ReaderOptions = {}): FormatReader {
  let cache: { items: RawItem[]; notes: ConversionNote[] } | undefined;
  return {
    async *items(): AsyncGenerator<RawItem> {
      cache ??= await convertCsv(path, opts);
      yield* cache.items;
    },
    notes: () => cache?.notes ?? [],
  };
}
