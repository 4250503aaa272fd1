export { ErrorCode } from './codes';
export { AppError, isAppError, type AppErrorDetails } from './app-error';
export { DATABASE_UNAVAILABLE_MESSAGE, fromDatabaseError } from './database-errors';
export type { RecordProblem } from './record-problem';
export { reportInternalError, type InternalErrorReport } from './internal-error';
