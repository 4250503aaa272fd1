/**
 * Work done one piece at a time, in order, without the caller waiting for each piece: `add` waits
 * only for the piece before, so the caller prepares the next piece (reading, parsing, hashing a
 * batch) while the current one runs (a batch's transaction in the database). A piece that fails
 * stops the rest: its error is thrown by the next `add` or by `drain`, and nothing is started
 * after it.
 */
export class OneInFlight {
  private running: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;

  /** Waits for the piece before (throwing its error, if it failed), then starts this one. */
  async add(piece: () => Promise<void>): Promise<void> {
    await this.drain();
    // Caught at once, so that a failure waits for the caller instead of being an unhandled rejection.
    this.running = piece().catch((error: unknown) => {
      this.failure = { error };
    });
  }

  /** Waits for the piece running, if any; throws the error of a piece that failed. */
  async drain(): Promise<void> {
    await this.running;
    if (this.failure) throw this.failure.error;
  }
}
