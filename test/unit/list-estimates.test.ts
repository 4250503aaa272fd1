/** Reading the list estimates (src/entry/graphql/limits/list-estimates.ts) and keeping them up to date (estimates-refresh.ts). */
import { ESTIMATE_NAMES, NO_ESTIMATES, parseEstimates, type ListEstimates } from '../../src/entry/graphql/limits/list-estimates';
import { RefreshedEstimates } from '../../src/entry/graphql/limits/estimates-refresh';
import type { Logger } from '../../src/foundations/logger';

const row = (value: unknown) => Object.fromEntries(ESTIMATE_NAMES.map((n) => [n, value]));

describe('parseEstimates', () => {
  it('rounds up, and counts a list that is empty everywhere (or a kind not held yet: null) as 1', () => {
    const parsed = parseEstimates({ ...row(2), participantsPerEvent: 2.2, citationsPerFact: 0, allegations: null });
    expect(parsed).toEqual({ ...row(2), participantsPerEvent: 3, citationsPerFact: 1, allegations: 1 });
  });

  it('refuses a row that lacks a name or holds something else than a number', () => {
    const { searchHits: _missing, ...partial } = row(1);
    expect(() => parseEstimates(partial)).toThrow('the list estimates query returned undefined for searchHits; expected a number or null');
    expect(() => parseEstimates({ ...row(1), linksPerEntity: '4' })).toThrow(/"4" for linksPerEntity/);
    expect(() => parseEstimates(undefined)).toThrow('the list estimates query returned no row');
  });
});

/** A logger that keeps what was warned. */
function recordingLogger(): Logger & { warnings: unknown[] } {
  const warnings: unknown[] = [];
  const logger = { warn: (...args: unknown[]) => warnings.push(args), debug: () => undefined, warnings };
  return logger as unknown as Logger & { warnings: unknown[] };
}

describe('RefreshedEstimates', () => {
  it('knows nothing before the first reading, then serves the last good one', async () => {
    const readings: (ListEstimates | Error)[] = [{ participantsPerEvent: 3 }, new Error('database down'), { participantsPerEvent: 4 }];
    const logger = recordingLogger();
    const estimates = new RefreshedEstimates(async () => {
      const next = readings.shift()!;
      if (next instanceof Error) throw next;
      return next;
    }, logger);
    expect(estimates.current).toBe(NO_ESTIMATES);
    await estimates.refresh();
    expect(estimates.current).toEqual({ participantsPerEvent: 3 });
    // A failed reading is logged; the last values stay.
    await estimates.refresh();
    expect(estimates.current).toEqual({ participantsPerEvent: 3 });
    expect(logger.warnings).toEqual([[{ err: 'database down' }, 'reading the query cost estimates failed; the last values stay']]);
    await estimates.refresh();
    expect(estimates.current).toEqual({ participantsPerEvent: 4 });
  });

  it('joins a reading under way rather than starting another', async () => {
    let reads = 0;
    let release: () => void = () => undefined;
    const estimates = new RefreshedEstimates(() => {
      reads += 1;
      return new Promise((resolve) => (release = () => resolve({ searchHits: reads })));
    }, recordingLogger());
    const first = estimates.refresh();
    const second = estimates.refresh();
    release();
    await Promise.all([first, second]);
    expect(reads).toBe(1);
    expect(estimates.current).toEqual({ searchHits: 1 });
  });

  it('reads again every interval until stopped, without blocking whoever reads current', async () => {
    jest.useFakeTimers();
    try {
      let reads = 0;
      const estimates = new RefreshedEstimates(async () => ({ searchHits: ++reads }), recordingLogger());
      estimates.start(60);
      await jest.advanceTimersByTimeAsync(60_000);
      expect(estimates.current).toEqual({ searchHits: 1 });
      await jest.advanceTimersByTimeAsync(120_000);
      expect(reads).toBe(3);
      await estimates.stop();
      await jest.advanceTimersByTimeAsync(600_000);
      expect(reads).toBe(3);
    } finally {
      jest.useRealTimers();
    }
  });
});
