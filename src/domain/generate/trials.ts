/**
 * Judicial events: trials (Trial records with a court, a case number, charges and a sentence,
 * about 20% in absentia), sentencing hearings and judicial assignments. The judge presides, a
 * prosecutor posted at a prosecution office that day prosecutes, the defendants are victims.
 */
import type { EventType } from '../../foundations/model/enums';
import { iso } from './dates';
import type { Rng } from '../../foundations/prng';
import { postedAt, victim, type Parts, type World } from './world';

const CHARGES = [
  'Criminal Code art. 401 (mass disorder)',
  'Criminal Code art. 404 (insulting the President)',
  'Criminal Code art. 409 (calls harming national security)',
  'Criminal Code art. 412 (extremist formation)',
  'Criminal Code art. 415 (inciting hostility)',
  'Criminal Code art. 421 (gross violation of public order)',
  'Criminal Code art. 426 (treason)',
  'Criminal Code art. 430 (financing extremist activity)',
];

export function judicialParts(w: World, type: EventType, dayNumber: number, rng: Rng, parts: Parts): number {
  const court = rng.pick(w.s.courts);
  const judge = postedAt(w, court, dayNumber, rng, ['JUDGE']) ?? postedAt(w, court, dayNumber, rng, ['HEAD']);
  if (judge) parts.add(judge.person, 'PRESIDED');
  else parts.add(w.s.orgs[court]!.id, 'PRESIDED');
  if (type !== 'JUDICIAL_ASSIGNMENT' && rng.chance(0.9)) {
    const office = rng.pick(w.s.prosecution);
    const prosecutor = postedAt(w, office, dayNumber, rng, ['PROSECUTOR', 'HEAD']);
    parts.add(prosecutor ? prosecutor.person : w.s.orgs[office]!.id, 'PROSECUTED');
  }
  const defendants = rng.chance(0.6) ? 1 : rng.int(2, 3);
  for (let d = 0; d < defendants; d += 1) parts.add(victim(w, rng), 'DEFENDANT');
  if (rng.chance(0.4)) parts.add(victim(w, rng), 'DEFENCE_COUNSEL');
  return court;
}

/** The fields a Trial adds to an event's. */
export function trialFields(w: World, i: number, court: number, dayNumber: number, rng: Rng) {
  const inAbsentia = rng.chance(0.2);
  const verdict = dayNumber + rng.int(0, 60);
  const years = rng.int(1, 15);
  return {
    court: w.s.orgs[court]!.id,
    caseNumber: `No. ${court}-${i}/${iso(dayNumber).slice(0, 4)}`,
    inAbsentia,
    charges: rng.sample(CHARGES, rng.int(1, 3)),
    ...(rng.chance(0.9)
      ? { verdictDate: iso(verdict), sentence: rng.chance(0.1) ? 'fine of 300 base units' : `${years} year${years === 1 ? '' : 's'} of imprisonment${inAbsentia ? ', in absentia' : ''}` }
      : {}),
    ...(verdict > dayNumber ? { endDate: iso(verdict) } : {}),
  };
}
