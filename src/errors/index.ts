export { ErrorCode } from './codes';
export { AppError, isAppError, type AppErrorDetails } from './app-error';
export { fromDatabaseError } from './database-errors';
