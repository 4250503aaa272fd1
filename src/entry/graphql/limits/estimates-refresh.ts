/**
 * The list estimates kept up to date: read once at start-up, then again every interval in the
 * background. Requests only ever read `current`, the last good reading, so measuring a query never
 * waits on the database. A reading that fails (the database down, a timeout) is logged and the
 * last good values stay; until a first reading succeeds, nothing is known and the measure uses its
 * fallbacks (list-sizes.ts).
 */
import type { Logger } from '../../../foundations/logger';
import { NO_ESTIMATES, type ListEstimates } from './list-estimates';

export class RefreshedEstimates {
  private values: ListEstimates = NO_ESTIMATES;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly read: () => Promise<ListEstimates>,
    private readonly logger: Logger,
  ) {}

  /** The last good reading (NO_ESTIMATES before the first). */
  get current(): ListEstimates {
    return this.values;
  }

  /**
   * Reads the estimates now; resolves when done, never rejects. A reading already under way is
   * joined rather than doubled (an interval shorter than the query must not pile them up).
   */
  refresh(): Promise<void> {
    this.running ??= this.readOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async readOnce(): Promise<void> {
    try {
      const started = Date.now();
      this.values = await this.read();
      this.logger.debug({ estimates: this.values, ms: Date.now() - started }, 'query cost estimates read');
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'reading the query cost estimates failed; the last values stay');
    }
  }

  /** Refreshes every `seconds` until stop(); the timer does not keep the process alive. */
  start(seconds: number): void {
    if (this.timer) clearInterval(this.timer);
    // Nobody waits for a background reading: refresh() never rejects, and logs its own failures.
    this.timer = setInterval(() => void this.refresh(), seconds * 1000);
    this.timer.unref();
  }

  /** Stops the interval and waits for a reading under way, so the database can close after it. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
