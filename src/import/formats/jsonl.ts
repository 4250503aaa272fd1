/**
 * Records v1 JSON Lines as an import format: the file is streamed line by line each time
 * `items()` is iterated, so memory does not grow with the file. Only the JSON step happens here;
 * the pipeline validates each object against the records v1 schemas.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseRawLine } from '../../records/read-jsonl';
import type { ConversionNote, FormatReader, RawItem } from './types';

export function jsonLinesReader(path: string): FormatReader {
  return {
    async *items(): AsyncGenerator<RawItem> {
      const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
      let n = 0;
      for await (const text of lines) {
        n += 1;
        const parsed = parseRawLine(text, n);
        if (parsed) yield { line: n, ...(parsed.raw !== undefined ? { raw: parsed.raw } : {}), problems: parsed.problems };
      }
    },
    notes: (): ConversionNote[] => [],
  };
}
