/**
 * Records v1 JSON Lines: the interchange format itself, so an export re-imports into an empty
 * database as the same graph (the selection is closed over references; see ExportSelection).
 */
import type { Writable } from 'node:stream';
import type { FormatWriter } from '../types';
import { writeLine, endStream } from './write-stream';

export const writeRecordsJsonl: FormatWriter = async (input, out: Writable, options = {}) => {
  let written = 0;
  for await (const record of input.records()) {
    await writeLine(out, JSON.stringify(record));
    written += 1;
    if (written % 1000 === 0) options.onProgress?.(written);
  }
  options.onProgress?.(written);
  await endStream(out);
  return { written, notes: [] };
};
