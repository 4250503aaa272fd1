import { ErrorCode } from './codes';
import type { RecordProblem } from './record-problem';

export interface AppErrorDetails {
  /** The argument or input field at fault. */
  field?: string;
  /** Every validation problem, for VALIDATION_FAILED. */
  problems?: RecordProblem[];
  [key: string]: unknown;
}

/** The one error type of the service. Its message and details are safe to show to the client. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  static badInput(field: string, message: string): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
  }

  static notFound(what: string, id: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `no ${what} with id "${id}"`, { field: 'id' });
  }

  static limit(field: string, message: string): AppError {
    return new AppError(ErrorCode.LIMIT_EXCEEDED, `${field}: ${message}`, { field });
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
