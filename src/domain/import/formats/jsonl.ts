/**
 * Records v1 JSON Lines as an import format: the file is streamed line by line each time
 * `items()` is iterated, so memory does not grow with the file. Only the JSON step happens here;
 * the pipeline validates each object against the records v1 schemas.
 */
import { rawJsonLines } from '../../../storage/records/read-jsonl';
import type { ConversionNote, FormatReader, RawItem } from './types';

export function jsonLinesReader(path: string): FormatReader {
  return {
    async *items(wanted?: (line: number) => boolean): AsyncGenerator<RawItem> {
      for await (const { line, raw, problems } of rawJsonLines(path, wanted)) yield { line, ...(raw !== undefined ? { raw } : {}), problems };
    },
    notes: (): ConversionNote[] => [],
  };
}
