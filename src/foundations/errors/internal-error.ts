import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';

/** What a client is told of an error it cannot act on: a reference to the log line that explains it. */
export interface InternalErrorReport {
  ref: string;
  message: string;
}

/**
 * Logs an unexpected error under a fresh reference and returns the message a client may see in its
 * place, so neither Cypher nor stack traces leave the service, yet an operator can find the cause.
 */
export function reportInternalError(logger: Logger, err: unknown, what: string, fields: Record<string, unknown> = {}): InternalErrorReport {
  const ref = randomUUID();
  logger.error({ err, ref, ...fields }, what);
  return { ref, message: `internal error (reference ${ref})` };
}
