/**
 * How many of each thing a scale asks for. Scale 1 is about 100,000 records; fractional scales
 * (0.01, 0.1) keep every structure (deep unit trees, successions, trials…) at a smaller size,
 * so the minimums below are what even the tiniest dataset holds.
 */
import { BODIES } from './names';

export interface Counts {
  sources: number;
  places: number;
  /** Security ministries and agencies, each with its unit tree. */
  bodies: number;
  /** Units in all the trees together. */
  units: number;
  courts: number;
  prosecutionOffices: number;
  /** Civil-society organisations, media, bar chambers: victims of dissolutions and designations. */
  civil: number;
  /** Career officers besides the commanders of the units. */
  officers: number;
  /** Persons who are only ever victims, defendants, witnesses or counsel. */
  victims: number;
  /** Events, trials included (about 13% of them). */
  events: number;
  allegations: number;
}

export const MAX_SCALE = 20;

export function countsFor(scale: number): Counts {
  if (!(scale > 0 && scale <= MAX_SCALE)) throw new RangeError(`scale must be a number above 0 and at most ${MAX_SCALE}`);
  const n = (base: number, min: number) => Math.max(min, Math.round(base * scale));
  return {
    sources: n(500, 8),
    places: n(200, 6),
    bodies: Math.max(3, Math.min(BODIES.length, Math.round(10 * Math.sqrt(scale)))),
    units: n(3000, 0),
    courts: n(60, 3),
    prosecutionOffices: n(30, 2),
    civil: n(150, 4),
    officers: n(2000, 8),
    victims: n(6000, 30),
    events: n(11500, 60),
    allegations: n(40, 2),
  };
}
