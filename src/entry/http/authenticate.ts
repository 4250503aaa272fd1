/**
 * Authentication in front of /graphql: every request needs a valid bearer token, checked before
 * Apollo (and before the body is parsed). A request without one gets 401 with a GraphQL-shaped JSON
 * body (`extensions.code` UNAUTHENTICATED, `extensions.reason`) and `WWW-Authenticate: Bearer`;
 * never a stack trace. Reading is checked here once per request: every role may read, so a valid
 * token with a role suffices (a token without roles gets 403). Writing, importing and exporting are
 * checked where they happen (requirePermission in the resolvers).
 */
import type { RequestHandler, Response } from 'express';
import type { Viewer } from '../../domain/auth/permissions';
import { requirePermission } from '../../domain/auth/require-permission';
import { AuthenticationError, type Authenticator } from '../../domain/auth/tokens';
import { AppError, ErrorCode } from '../../foundations/errors';
import type { Logger } from '../../foundations/logger';
import { sendError, sendInternalError } from './json-errors';

/** Where the middleware leaves the authenticated viewer for the GraphQL context. */
export function viewerOf(res: Response): Viewer | undefined {
  return res.locals.viewer as Viewer | undefined;
}

const quoted = (s: string) => `"${s.replace(/["\\]/g, "'")}"`;

export function authenticateRequests(auth: Authenticator, logger: Logger): RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await auth.authenticate(req.get('authorization'));
      requirePermission({ viewer }, 'read');
      res.locals.viewer = viewer;
      next();
    } catch (e) {
      if (e instanceof AuthenticationError) {
        logger.debug({ reason: e.reason, path: req.path }, 'request not authenticated');
        // RFC 6750: no error attribute when no credentials were sent at all.
        const challenge = e.reason === 'missing' ? 'Bearer realm="evidence-graph"' : `Bearer realm="evidence-graph", error="invalid_token", error_description=${quoted(e.message)}`;
        res.set('WWW-Authenticate', challenge);
        sendError(res, 401, ErrorCode.UNAUTHENTICATED, e.message, { reason: e.reason });
      } else if (e instanceof AppError && e.code === ErrorCode.FORBIDDEN) {
        sendError(res, 403, e.code, e.message, e.details);
      } else {
        sendInternalError(res, logger, e, 'authentication failed with an internal error');
      }
    }
  };
}
