/**
 * The coded JSON errors of the HTTP routes outside GraphQL (/exports, /sources): the shape GraphQL
 * errors have, `{"errors": [{"message", "extensions": {"code"}}]}`, never express's HTML page.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { ErrorCode, fromDatabaseError, isAppError } from '../errors';
import type { Logger } from '../logger';

export function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** HTTP statuses of the codes a route may meet past its own checks. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

/** An error a route did not expect to handle: the database's own codes as they are, anything else INTERNAL with the log line's reference. */
export function fail(res: Response, logger: Logger, error: unknown): void {
  const e = fromDatabaseError(error);
  const status = isAppError(e) ? STATUS[e.code] : undefined;
  if (isAppError(e) && status) return refuse(res, status, e.code, e.message);
  const ref = randomUUID();
  logger.error({ err: error, ref }, 'internal error answering a request');
  res.status(500).json({ errors: [{ message: `internal error (reference ${ref})`, extensions: { code: ErrorCode.INTERNAL, ref } }] });
}
