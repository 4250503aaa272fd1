import { Neo4jError } from 'neo4j-driver';
import { AppError } from './app-error';
import { ErrorCode } from './codes';

/** What a client is told while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'the database is unavailable; try again shortly';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Translates a driver error into the service's error type: an unreachable database, a transaction
 * timeout and a transaction over the database's memory limit become coded errors a client can act on; anything else stays internal
 * (its text may contain Cypher, which clients never see outside development).
 */
export function fromDatabaseError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  if (e instanceof Neo4jError) {
    if (UNAVAILABLE.has(e.code) || /ECONNREFUSED|ECONNRESET|connection.*(closed|refused)/i.test(e.message)) {
      return new AppError(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, {}, { cause: e });
    }
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(e.code)) {
      return new AppError(ErrorCode.TIMEOUT, 'the query ran past the transaction timeout; narrow it (fewer hops, a smaller limit)', {}, { cause: e });
    }
    if (/MemoryPoolOutOfMemoryError|TransactionMemoryLimit/.test(e.code)) {
      return new AppError(ErrorCode.LIMIT_EXCEEDED, 'the query needs more memory than the database allows a transaction; narrow it (fewer hops, a smaller limit)', {}, { cause: e });
    }
  }
  return e;
}
