import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode, fromDatabaseError } from '../../src/foundations/errors';

const driverError = (code: string, message = 'from the driver') => new Neo4jError(message, code, 'N/A', 'N/A');

describe('fromDatabaseError', () => {
  it('makes an unreachable database DATABASE_UNAVAILABLE', () => {
    const e = fromDatabaseError(driverError('ServiceUnavailable')) as AppError;
    expect(e.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  });

  it('makes a transaction timeout TIMEOUT, saying how to narrow the query', () => {
    const e = fromDatabaseError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')) as AppError;
    expect(e.code).toBe(ErrorCode.TIMEOUT);
    expect(e.message).toBe('the query ran past the transaction timeout; narrow it (fewer hops, a smaller limit)');
  });

  it('makes a transaction over the memory limit LIMIT_EXCEEDED, without the database text', () => {
    const raw = driverError('Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB.');
    const e = fromDatabaseError(raw) as AppError;
    expect(e.code).toBe(ErrorCode.LIMIT_EXCEEDED);
    expect(e.message).toBe('the query needs more memory than the database allows a transaction; narrow it (fewer hops, a smaller limit)');
    expect(e.cause).toBe(raw);
  });

  it('leaves other driver errors as they are (internal)', () => {
    const raw = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(fromDatabaseError(raw)).toBe(raw);
  });

  it('passes the service’s own errors through', () => {
    const own = new AppError(ErrorCode.NOT_FOUND, 'no such record');
    expect(fromDatabaseError(own)).toBe(own);
  });
});
