/**
 * What a client sees of an error. Coded service errors pass through with their code and details;
 * GraphQL's own validation errors keep Apollo's codes; anything else (a driver error with Cypher
 * in it, a bug) becomes INTERNAL with a reference to the log line, unless in development.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode, fromDatabaseError, reportInternalError } from '../../foundations/errors';
import type { Logger } from '../../foundations/logger';

const APOLLO_PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export function createFormatError(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A coded error raised outside a resolver (e.g. by a plugin or validation rule) arrives wrapped without a path.
    const unwrapped = error instanceof GraphQLError && !error.path && error.originalError instanceof AppError ? error.originalError : unwrapResolverError(error);
    const original = fromDatabaseError(unwrapped);
    if (original instanceof AppError) {
      if (original.code === ErrorCode.DATABASE_UNAVAILABLE) logger.warn({ err: original.cause }, 'database unavailable');
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && APOLLO_PUBLIC_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const { ref, message } = reportInternalError(logger, original, 'internal error in a GraphQL request', { path: formatted.path });
    return {
      message: development ? `internal error: ${(original as Error)?.message ?? String(original)}` : message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL, ref },
    };
  };
}
