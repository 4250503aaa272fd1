import type { FormatReader, RawItem } from './types';

/** Records already in memory (a GraphQL upload): item n is "line" n + 1. */
export function arrayReader(values: readonly unknown[]): FormatReader {
  const items: RawItem[] = values.map((raw, i) => ({ line: i + 1, raw, problems: [] }));
  return {
    async *items() {
      yield* items;
    },
    notes: () => [],
  };
}
