/**
 * Dates as whole days since 1970-01-01 (UTC), so that the generator can add and compare them as
 * integers, and their text in records v1: full ("2019-03-14") or partial ("2019", "2019-03").
 */
import type { Rng } from '../../foundations/prng';

const MS_PER_DAY = 86_400_000;

export function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY;
}

export function iso(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day's text at a precision: the whole date, its month or its year. */
export function partial(dayNumber: number, precision: 'DAY' | 'MONTH' | 'YEAR'): string {
  const text = iso(dayNumber);
  return precision === 'YEAR' ? text.slice(0, 4) : precision === 'MONTH' ? text.slice(0, 7) : text;
}

/** The period the synthetic facts cover. */
export const EPOCH = {
  /** Earliest first appointment of a commander or an officer. */
  careersFrom: day('2009-01-01'),
  /** The synthetic events run from here… */
  from: day('2015-01-01'),
  /** …to here, which is also "today" for open-ended postings. */
  to: day('2025-10-31'),
  /** The crackdown after the disputed election, when events cluster. */
  crackdownFrom: day('2020-08-09'),
  crackdownTo: day('2021-12-31'),
};

/** A day for an event: spread over the period, clustered in the crackdown. */
export function eventDay(rng: Rng): number {
  return rng.chance(0.4) ? rng.int(EPOCH.crackdownFrom, EPOCH.crackdownTo) : rng.int(EPOCH.from, EPOCH.to);
}
