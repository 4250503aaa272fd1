/**
 * Opens an import file in one of the formats `evidence-graph import` reads (README "Import
 * formats"). With `auto`, the extension decides: .csv is CSV; .jsonl, .ndjson and .json are JSON
 * Lines, and the first entity line tells records v1 (`type`) from FollowTheMoney (`schema` and
 * `properties`).
 */
import { access } from 'node:fs/promises';
import { extname } from 'node:path';
import { rawJsonLines } from '../../../storage/records/read-jsonl';
import { csvReader } from './csv';
import { ftmReader } from './ftm';
import { jsonLinesReader } from './jsonl';
import type { FormatReader, ReaderOptions } from './types';

export const IMPORT_FORMATS = ['jsonl', 'csv', 'ftm'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The format of a file: by extension, and for JSON Lines by its first record. */
export async function detectFormat(path: string): Promise<ImportFormat> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext !== '.jsonl' && ext !== '.ndjson' && ext !== '.json') {
    throw new Error(`${path}: cannot tell the import format from the extension "${ext || '(none)'}": use .jsonl, .ndjson or .csv, or give the format (--format jsonl|csv|ftm)`);
  }
  for await (const { line, raw, problems } of rawJsonLines(path)) {
    if (raw && 'schema' in raw && 'properties' in raw) return 'ftm';
    if (raw && 'type' in raw) return 'jsonl';
    throw new Error(
      `${path}: cannot tell records v1 from FollowTheMoney by line ${line} (${raw ? 'it has neither "type" nor "schema" and "properties"' : problems[0]?.message}): give the format (--format jsonl|ftm)`,
    );
  }
  return 'jsonl'; // nothing but blank lines and comments: nothing to convert either way
}

/** The reader for a file, and the format it was read as (the one given, or the one `auto` chose). */
export async function openReader(path: string, format: ImportFormat | 'auto', opts: ReaderOptions = {}): Promise<{ reader: FormatReader; format: ImportFormat }> {
  try {
    await access(path);
  } catch {
    throw new Error(`${path}: no such file, or it cannot be read`);
  }
  const chosen = format === 'auto' ? await detectFormat(path) : format;
  switch (chosen) {
    case 'jsonl':
      return { reader: jsonLinesReader(path), format: chosen };
    case 'csv':
      return { reader: csvReader(path, opts), format: chosen };
    case 'ftm':
      return { reader: ftmReader(path, opts), format: chosen };
    default:
      throw new Error(`${path}: unknown import format "${String(chosen)}": expected one of ${IMPORT_FORMATS.join(', ')} or auto`);
  }
}
