import { DatabaseCircuit } from '../../src/storage/db/circuit';
import { AppError, ErrorCode } from '../../src/foundations/errors';

const down = new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'the database is unavailable; try again shortly');

describe('DatabaseCircuit', () => {
  let now = 0;
  const circuit = () => new DatabaseCircuit(1000, () => now);
  beforeEach(() => (now = 10_000));

  it('lets every query through while the database answers', () => {
    const c = circuit();
    c.check();
    c.record(null);
    c.check();
    expect(c.isOpen).toBe(false);
  });

  it('opens on an unavailable database and then fails at once, with the coded error', () => {
    const c = circuit();
    c.record(down);
    expect(c.isOpen).toBe(true);
    expect(() => c.check()).toThrow(expect.objectContaining({ code: ErrorCode.DATABASE_UNAVAILABLE, message: 'the database is unavailable; try again shortly' }));
    now += 999;
    expect(() => c.check()).toThrow(AppError);
  });

  it('lets exactly one probe through per cool-down, and closes when it succeeds', () => {
    const c = circuit();
    c.record(down);
    now += 1000;
    expect(() => c.check()).not.toThrow();
    // While the probe is out, the others still fail fast.
    expect(() => c.check()).toThrow(AppError);
    c.record(null);
    expect(c.isOpen).toBe(false);
    expect(() => c.check()).not.toThrow();
  });

  it('stays open when the probe finds the database still down', () => {
    const c = circuit();
    c.record(down);
    now += 1000;
    c.check();
    c.record(down);
    now += 500;
    expect(() => c.check()).toThrow(AppError);
    now += 500;
    expect(() => c.check()).not.toThrow();
  });

  it('closes on any other answer: the database responded', () => {
    const c = circuit();
    c.record(down);
    c.record(new AppError(ErrorCode.NOT_FOUND, 'no such record'));
    expect(c.isOpen).toBe(false);
  });
});
