/**
 * The last express error handler on /graphql: a body that is not JSON, too large or in an
 * unsupported encoding gets a GraphQL-shaped JSON error with a code instead of express's default
 * HTML page (which shows a stack trace outside production). Anything else is INTERNAL with a
 * reference to the log line.
 */
import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../../foundations/errors';
import type { Logger } from '../../foundations/logger';
import { sendError, sendInternalError } from './json-errors';

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'the request body is not valid JSON',
  'entity.too.large': 'the request body is larger than the limit (MAX_BODY_SIZE)',
  'encoding.unsupported': 'the request body has an unsupported content encoding',
  'charset.unsupported': 'the request body has an unsupported charset',
  'request.aborted': 'the request was aborted',
  'request.size.invalid': 'the request body does not match its Content-Length',
  'stream.encoding.set': 'the request body could not be read',
};

export function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { status?: unknown; type?: unknown };
    const status = typeof e.status === 'number' ? e.status : 500;
    if (status >= 400 && status < 500) {
      const message = (typeof e.type === 'string' && MESSAGES[e.type]) || 'the request could not be read';
      const code = status === 413 ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.BAD_USER_INPUT;
      return sendError(res, status, code, message);
    }
    sendInternalError(res, logger, err, 'internal error reading a request');
  };
}
