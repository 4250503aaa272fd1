/**
 * The public error codes: every error a client sees carries one of these in `extensions.code`.
 * Clients may switch on them; they are part of the API.
 */
export enum ErrorCode {
  /** An argument or input is malformed or out of range; `field` says which. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** A record failed records v1 validation; `problems` lists every one. */
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  /** A create whose id exists, or an update whose record does not. */
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** A hop, depth, page-size, cost or rate limit was exceeded. */
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /** Neo4j could not be reached; retry later. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** A query ran past the transaction timeout. */
  TIMEOUT = 'TIMEOUT',
  INTERNAL = 'INTERNAL',
}
