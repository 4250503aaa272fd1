/**
 * Failing fast while the database is down. Without this every request waits out the driver's
 * connection attempts and retries (seconds per query, several queries per request) before it can
 * say DATABASE_UNAVAILABLE. Once a query finds the database unreachable the circuit opens: for
 * `coolDownMs` every query fails at once without touching the driver; then one query is let
 * through as a probe (the others keep failing fast) and its success closes the circuit again.
 * So recovery needs no restart, and a down database costs each request microseconds.
 */
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, ErrorCode } from '../../foundations/errors';

export class DatabaseCircuit {
  private openUntil = 0;

  constructor(
    private readonly coolDownMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get isOpen(): boolean {
    return this.openUntil > 0;
  }

  /** Before a query: throws DATABASE_UNAVAILABLE while open, except for one probe per cool-down. */
  check(): void {
    if (!this.openUntil) return;
    const now = this.now();
    if (now < this.openUntil) throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
    // This caller is the probe; the others fail fast until it answers or the next cool-down ends.
    this.openUntil = now + this.coolDownMs;
  }

  /** After a query: opens on an unavailable database, closes on any answer from it. */
  record(error: unknown): void {
    if (error instanceof AppError && error.code === ErrorCode.DATABASE_UNAVAILABLE) this.openUntil = this.now() + this.coolDownMs;
    else this.openUntil = 0;
  }
}
