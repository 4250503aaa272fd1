/**
 * Every error body the HTTP routes write, GraphQL's own shape outside GraphQL too
 * (`{"errors": [{"message", "extensions": {"code", …}}]}`), never express's HTML page: one writer,
 * so authentication, the rate limit, unreadable bodies, /exports and /sources answer alike.
 */
import type { Response } from 'express';
import { ErrorCode, fromDatabaseError, isAppError, reportInternalError } from '../../foundations/errors';
import type { Logger } from '../../foundations/logger';

/** Writes a coded error body; `extensions` are safe details beside the code (a reason, a wait). */
export function sendError(res: Response, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** 500 INTERNAL with a reference to the log line that says what went wrong (`what`). */
export function sendInternalError(res: Response, logger: Logger, error: unknown, what: string): void {
  const { ref, message } = reportInternalError(logger, error, what);
  sendError(res, 500, ErrorCode.INTERNAL, message, { ref });
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
  if (isAppError(e) && status) return sendError(res, status, e.code, e.message);
  sendInternalError(res, logger, error, 'internal error answering a request');
}
