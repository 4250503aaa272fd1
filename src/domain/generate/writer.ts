/**
 * Streams records v1 as JSON Lines: records are serialised one at a time into a small buffer that
 * is handed to the sink (a file written synchronously, or a test's collector) whenever it grows
 * past 1 MiB, so the dataset is never held in memory as text. Counts records per type.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { z } from 'zod';
import type { recordSchema } from '../../storage/records/schemas';

/** A record as written: the schemas' input shape (defaults may be left out). */
export type OutRecord = z.input<typeof recordSchema>;

export interface Sink {
  write(chunk: string): void;
  close(): void;
}

const FLUSH_AT = 1 << 20;

export class RecordWriter {
  readonly counts = new Map<string, number>();
  private buffer = '';
  private total = 0;

  constructor(private readonly sink: Sink) {}

  write(record: OutRecord): void {
    this.buffer += `${JSON.stringify(record)}\n`;
    this.counts.set(record.type, (this.counts.get(record.type) ?? 0) + 1);
    this.total += 1;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  get records(): number {
    return this.total;
  }

  flush(): void {
    if (this.buffer) this.sink.write(this.buffer);
    this.buffer = '';
  }

  close(): void {
    this.flush();
    this.sink.close();
  }
}

/** A sink writing to a file (created or truncated). */
export function fileSink(path: string): Sink {
  const fd = openSync(path, 'w');
  return {
    write: (chunk) => {
      const bytes = Buffer.from(chunk, 'utf8');
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    },
    close: () => closeSync(fd),
  };
}

/** A sink keeping the text in memory: for tests on tiny scales. */
export function memorySink(): Sink & { text(): string } {
  const chunks: string[] = [];
  return { write: (chunk) => chunks.push(chunk), close: () => undefined, text: () => chunks.join('') };
}
