/** Places: towns and sites of the fictional state, a few abroad, at coordinates in open ocean. */
import { COUNTRY, NEIGHBOUR, placeName } from './names';
import { rngFor, Weighted } from '../../foundations/prng';
import type { Citer } from './sources';
import type { RecordWriter } from './writer';

const KINDS = new Weighted([
  ['city', 10],
  ['town', 40],
  ['village', 35],
  ['detention site', 5],
  ['border crossing', 5],
  ['abroad', 5],
] as const);

export const placeId = (i: number) => `place:syn-${String(i).padStart(4, '0')}`;

/** Writes the places and returns their names, by index (event titles use them). */
export function writePlaces(w: RecordWriter, seed: number, count: number, citer: Citer): string[] {
  const names: string[] = [];
  const used = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const rng = rngFor(seed, 'place', i);
    const base = placeName(rng);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const name = seen === 0 ? base : seen === 1 ? `New ${base}` : `${base} ${seen}`;
    const kind = KINDS.pick(rng);
    names.push(name);
    w.write({
      type: 'Place',
      id: placeId(i),
      name,
      country: kind === 'abroad' ? NEIGHBOUR : COUNTRY,
      kind: kind === 'abroad' ? 'city' : kind,
      latitude: Math.round((-48 + rng.next() * 4) * 1e4) / 1e4,
      longitude: Math.round((-135 + rng.next() * 10) * 1e4) / 1e4,
      sources: citer.cite(rng),
    });
  }
  return names;
}
