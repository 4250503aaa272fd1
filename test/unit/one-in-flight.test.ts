import { OneInFlight } from '../../src/domain/import/one-in-flight';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('OneInFlight', () => {
  it('runs pieces one at a time, in order, and lets the caller go on while one runs', async () => {
    const q = new OneInFlight();
    const log: string[] = [];
    let running = 0;
    const piece = (name: string) => async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await tick();
      await tick();
      log.push(`end ${name}`);
      running -= 1;
    };
    await q.add(piece('1'));
    log.push('prepared 2');
    await q.add(piece('2'));
    log.push('prepared 3');
    await q.add(piece('3'));
    await q.drain();
    expect(log).toEqual(['start 1', 'prepared 2', 'end 1', 'start 2', 'prepared 3', 'end 2', 'start 3', 'end 3']);
  });

  it('starts nothing after a piece that failed, and throws its error to the caller', async () => {
    const q = new OneInFlight();
    const started: string[] = [];
    await q.add(async () => {
      started.push('1');
      await tick();
      throw new Error('batch 1 failed');
    });
    await expect(
      q.add(async () => {
        started.push('2');
      }),
    ).rejects.toThrow('batch 1 failed');
    await expect(q.drain()).rejects.toThrow('batch 1 failed');
    expect(started).toEqual(['1']);
  });
});
