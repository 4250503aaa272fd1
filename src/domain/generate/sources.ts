/**
 * Synthetic sources, and the citations every other record makes to them: 1–2 citations, each
 * with a locator ("para. 12") and a credibility 1–6. Sources' reliability runs A–F, so grades
 * spread and a minimum-grade filter cuts part of any chain.
 */
import type { Citation } from '../../storage/records/schemas';
import { day, EPOCH, iso } from './dates';
import { COUNTRY, STATE_NAME } from './names';
import { rngFor, Weighted, type Rng } from '../../foundations/prng';
import type { RecordWriter } from './writer';

const RELIABILITY = new Weighted([
  ['A', 10],
  ['B', 30],
  ['C', 30],
  ['D', 15],
  ['E', 10],
  ['F', 5],
] as const);
const CREDIBILITY = new Weighted([
  [1, 12],
  [2, 28],
  [3, 30],
  [4, 15],
  [5, 10],
  [6, 5],
] as const);
const CONFIDENTIALITY = new Weighted([
  ['PUBLIC', 85],
  ['RESTRICTED', 10],
  ['CONFIDENTIAL', 5],
] as const);
const KINDS = new Weighted([
  ['NGO_REPORT', 25],
  ['NEWS', 30],
  ['TESTIMONY', 15],
  ['UN_REPORT', 4],
  ['INTERNATIONAL_BODY', 4],
  ['COURT_RECORD', 8],
  ['GOVERNMENT', 5],
  ['OPPOSITION_STATEMENT', 5],
  ['ACADEMIC', 2],
  ['OTHER', 2],
] as const);
const PUBLISHERS: Record<string, string> = {
  NGO_REPORT: 'Veldorian Watchpost for Human Dignity',
  NEWS: 'The Northern Lantern (synthetic news)',
  TESTIMONY: 'Synthetic Documentation Centre',
  UN_REPORT: 'Synthetic UN Special Procedure',
  INTERNATIONAL_BODY: 'Synthetic Regional Human Rights Commission',
  COURT_RECORD: 'Court registry (synthetic)',
  GOVERNMENT: `Government of the ${STATE_NAME}`,
  OPPOSITION_STATEMENT: 'Veldorian Democratic Council in exile',
  ACADEMIC: 'Institute for Imaginary State Studies',
  OTHER: 'Synthetic archive',
  LEGAL_INSTRUMENT: 'Synthetic treaty collection',
};
const LOCATORS = ['para.', 'p.', 'line', 'fn.', '§'];

export const sourceId = (i: number) => `src:syn-${String(i).padStart(5, '0')}`;

/** Writes the sources; source 0 is the legal instrument the legal provisions cite. */
export function writeSources(w: RecordWriter, seed: number, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const rng = rngFor(seed, 'source', i);
    const kind = i === 0 ? 'LEGAL_INSTRUMENT' : KINDS.pick(rng);
    const reliability = i === 0 ? 'A' : RELIABILITY.pick(rng);
    const published = rng.int(EPOCH.from, EPOCH.to + 30);
    w.write({
      type: 'Source',
      id: sourceId(i),
      title: i === 0 ? 'Rome Statute of the International Criminal Court (synthetic copy)' : `Synthetic ${kind.toLowerCase().replace(/_/g, ' ')} no. ${i} on repression in ${STATE_NAME}`,
      publisher: PUBLISHERS[kind],
      kind,
      publishedAt: i === 0 ? '1998' : rng.chance(0.1) ? iso(published).slice(0, 7) : iso(published),
      reliability,
      confidentiality: i === 0 ? 'PUBLIC' : CONFIDENTIALITY.pick(rng),
      language: rng.chance(0.8) ? 'en' : COUNTRY.toLowerCase(),
    });
  }
}

/** Makes the citations of every other record. */
export class Citer {
  constructor(private readonly count: number) {}

  /** 1–2 citations of distinct sources (never source 0, kept for the law). */
  cite(rng: Rng, element?: () => string): Citation[] {
    const n = this.count > 2 && rng.chance(0.35) ? 2 : 1;
    const first = rng.int(1, this.count - 1);
    const picked = n === 2 ? [first, 1 + ((first + rng.int(0, this.count - 3)) % (this.count - 1))] : [first];
    return [...new Set(picked)].map((s) => ({
      source: sourceId(s),
      locator: `${rng.pick(LOCATORS)} ${rng.int(1, 240)}`,
      credibility: CREDIBILITY.pick(rng),
      ...(element ? { element: element() } : {}),
    }));
  }

  /** A citation of the legal instrument, for legal provisions. */
  law(article: string): Citation[] {
    return [{ source: sourceId(0), locator: `art. ${article}`, credibility: 1 }];
  }
}

export const ROME_STATUTE_DATE = day('1998-07-17');
