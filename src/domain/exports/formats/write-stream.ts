/**
 * Writing to a stream with backpressure: await the drain when the buffer is full, so a large export
 * never holds more than the stream's high-water mark in memory.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export function writeLine(out: Writable, line: string): Promise<void> {
  return writeText(out, `${line}\n`);
}

/** Ends the stream and waits until everything is flushed (for a file: written and closed). */
export async function endStream(out: Writable): Promise<void> {
  const finished = once(out, 'finish');
  out.end();
  await finished;
}
