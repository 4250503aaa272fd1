import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout (or stderr for CLI commands whose stdout is data). */
export function createLogger(level: string, destination: 1 | 2 = 1): Logger {
  return pino({ name: 'evidence-graph', level, base: { pid: process.pid } }, pino.destination(destination));
}
