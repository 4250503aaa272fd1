/**
 * Reads records v1 JSON Lines: each non-blank line one record. JSON syntax errors and schema
 * errors are reported per line; nothing stops at the first problem.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseRecord, type NumberedRecord, type RecordProblem } from './validate';

export interface ParsedLines {
  records: NumberedRecord[];
  problems: RecordProblem[];
}

/**
 * The JSON step of reading one line, before any schema: blank lines and lines starting with "//"
 * are skipped (null); bad JSON and non-objects become problems. Shared with the import readers.
 */
export function parseRawLine(text: string, line: number): { raw?: Record<string, unknown>; problems: RecordProblem[] } | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.startsWith('//')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (e) {
    return { problems: [{ line, field: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problems: [{ line, field: '', message: 'a record must be a JSON object' }] };
  }
  return { raw: raw as Record<string, unknown>, problems: [] };
}

/** Parses one line; blank lines and lines starting with "//" are skipped (null). */
export function parseLine(text: string, line: number): { record?: NumberedRecord; problems: RecordProblem[] } | null {
  const json = parseRawLine(text, line);
  if (!json || json.raw === undefined) return json;
  const { record, problems } = parseRecord(json.raw, line);
  return { record: record ? { line, record } : undefined, problems };
}

export function parseJsonLines(content: string): ParsedLines {
  const out: ParsedLines = { records: [], problems: [] };
  content.split(/\r?\n/).forEach((text, i) => {
    const parsed = parseLine(text, i + 1);
    if (!parsed) return;
    if (parsed.record) out.records.push(parsed.record);
    out.problems.push(...parsed.problems);
  });
  return out;
}

export async function readJsonLinesFile(path: string): Promise<ParsedLines> {
  return parseJsonLines(await readFile(path, 'utf8'));
}

/**
 * Each non-blank, non-comment line of a JSON Lines file as JSON (or the problem with it), with its
 * line number, streamed: the one loop every JSON Lines reader (records v1, FtM, format detection)
 * goes through. Breaking out of it closes the file. Given `wanted`, the other lines are counted
 * but not parsed (a pass of the import that needs only some of them).
 */
export async function* rawJsonLines(path: string, wanted?: (line: number) => boolean): AsyncGenerator<{ line: number; raw?: Record<string, unknown>; problems: RecordProblem[] }> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n += 1;
    if (wanted && !wanted(n)) continue;
    const parsed = parseRawLine(text, n);
    if (parsed) yield { line: n, ...parsed };
  }
}
