/**
 * Events of every type, weighted to raids, searches, arrests, detentions and trials. Each is
 * planned from its own random stream, so the plan can be made twice: once to write the event
 * (with the entities) and once to write its participations (with the facts), without holding
 * all of them in memory. Perpetrators are units, or persons posted to a unit on the event's
 * day, so the chain of command is reachable through their postings.
 */
import { EVENT_TYPES, type EventType, type ParticipationRole } from '../../foundations/model/enums';
import { EPOCH, eventDay, iso } from './dates';
import { TARGETED_GROUPS } from './names';
import { placeId } from './places';
import { personId } from './postings';
import { rngFor, Weighted, type Rng } from '../../foundations/prng';
import { judicialParts, trialFields } from './trials';
import type { OutRecord } from './writer';
import { Parts, postedAt, victim, type World } from './world';

const TYPES = new Weighted<EventType>([
  ['RAID', 9],
  ['SEARCH', 12],
  ['ARREST', 14],
  ['DETENTION', 12],
  ['INTERROGATION', 7],
  ['ILL_TREATMENT', 4],
  ['TORTURE', 2],
  ['TRIAL', 17],
  ['SENTENCING', 3],
  ['DEPORTATION', 2],
  ['PASSPORT_CONFISCATION', 2],
  ['DOCUMENT_DENIAL', 2],
  ['PROPERTY_SEIZURE', 3],
  ['DISSOLUTION', 2],
  ['DISBARMENT', 1],
  ['DISMISSAL', 2],
  ['EXTRADITION_REQUEST', 1],
  ['THREAT', 3],
  ['EXTREMIST_DESIGNATION', 2],
  ['POLICY_STATEMENT', 0.5],
  ['ENFORCED_DISAPPEARANCE', 0.7],
  ['RELEASE', 2],
  ['REFERRAL', 0.5],
  ['JUDICIAL_ASSIGNMENT', 0.5],
  ['PROTEST', 1.5],
  ['OTHER', 1],
]);

const LABEL: Record<EventType, string> = {
  RAID: 'Raid',
  SEARCH: 'Search of homes',
  ARREST: 'Arrests',
  DETENTION: 'Detention',
  INTERROGATION: 'Interrogation',
  ILL_TREATMENT: 'Ill-treatment in custody',
  TORTURE: 'Torture in custody',
  TRIAL: 'Trial',
  SENTENCING: 'Sentencing',
  DEPORTATION: 'Forced expulsion',
  PASSPORT_CONFISCATION: 'Passport confiscation',
  DOCUMENT_DENIAL: 'Refusal of identity documents',
  PROPERTY_SEIZURE: 'Seizure of property',
  DISSOLUTION: 'Forced dissolution',
  DISBARMENT: 'Disbarment',
  DISMISSAL: 'Dismissal from work',
  EXTRADITION_REQUEST: 'Extradition request',
  THREAT: 'Threats',
  EXTREMIST_DESIGNATION: 'Designation as "extremist"',
  POLICY_STATEMENT: 'Policy statement',
  ENFORCED_DISAPPEARANCE: 'Enforced disappearance',
  RELEASE: 'Release from custody',
  REFERRAL: 'Referral to prosecution',
  JUDICIAL_ASSIGNMENT: 'Assignment of a judge',
  PROTEST: 'Dispersal of a protest',
  OTHER: 'Incident',
};

const JUDICIAL: readonly EventType[] = ['TRIAL', 'SENTENCING', 'JUDICIAL_ASSIGNMENT'];
const PROSECUTORIAL: readonly EventType[] = ['EXTRADITION_REQUEST', 'REFERRAL'];
const ADMINISTRATIVE: readonly EventType[] = ['DISSOLUTION', 'EXTREMIST_DESIGNATION', 'DISBARMENT', 'DISMISSAL', 'DOCUMENT_DENIAL'];
const CUSTODIAL: readonly EventType[] = ['DETENTION', 'ILL_TREATMENT', 'TORTURE', 'RELEASE', 'ENFORCED_DISAPPEARANCE'];
const AGAINST_ORGANISATIONS: readonly EventType[] = ['DISSOLUTION', 'EXTREMIST_DESIGNATION'];
const MASS: readonly EventType[] = ['RAID', 'DETENTION', 'PROTEST', 'ARREST', 'DEPORTATION'];

const UNIT_ROLES = new Weighted<ParticipationRole>([
  ['DIRECTLY_PERPETRATED', 60],
  ['PLANNED', 12],
  ['AIDED', 15],
  ['INVESTIGATED', 13],
]);
const COMMAND_ROLES = new Weighted<ParticipationRole>([
  ['ORDERED', 50],
  ['AUTHORISED', 30],
  ['FAILED_TO_PREVENT', 20],
]);
const OFFICER_ROLES = new Weighted<ParticipationRole>([
  ['DIRECTLY_PERPETRATED', 70],
  ['AIDED', 15],
  ['INVESTIGATED', 15],
]);
const PERPETRATORS = new Weighted([
  [1, 55],
  [2, 30],
  [3, 15],
] as const);
const VICTIMS = new Weighted([
  [1, 50],
  [2, 25],
  [3, 12],
  [4, 8],
  [5, 5],
] as const);

export interface EventPlan {
  record: OutRecord;
  day: number;
  type: EventType;
  parts: Parts;
}

export const eventId = (i: number, trial: boolean) => `${trial ? 'trial' : 'event'}:syn-${String(i).padStart(6, '0')}`;

/** The i-th event: its record and its participants. The first events take every type once. */
export function planEvent(w: World, i: number): EventPlan {
  const rng = rngFor(w.seed, 'event', i);
  const type = i < EVENT_TYPES.length ? EVENT_TYPES[i]! : TYPES.pick(rng);
  const vague = rng.chance(0.03);
  const dayNumber = eventDay(rng);
  const place = rng.int(0, w.placeNames.length - 1);
  const groups = rng.chance(0.6) ? rng.sample(TARGETED_GROUPS, rng.chance(0.8) ? 1 : 2) : [];
  const parts = new Parts();
  let court = -1;

  if (JUDICIAL.includes(type)) court = judicialParts(w, type, dayNumber, rng, parts);
  else {
    const n = PERPETRATORS.pick(rng);
    for (let k = 0; k < n; k += 1) perpetrator(w, type, dayNumber, rng, parts, k);
    if (type !== 'POLICY_STATEMENT') {
      const victims = VICTIMS.pick(rng);
      for (let v = 0; v < victims; v += 1) {
        if (AGAINST_ORGANISATIONS.includes(type) && (v === 0 || rng.chance(0.5))) parts.add(w.s.orgs[rng.pick(w.s.civil)]!.id, 'VICTIM');
        else parts.add(victim(w, rng), 'VICTIM');
      }
      if (rng.chance(0.05)) parts.add(victim(w, rng), 'WITNESS');
    }
  }

  const listed = parts.list.filter((p) => p.role === 'VICTIM' || p.role === 'DEFENDANT').length;
  const title = `${LABEL[type]} in ${w.placeNames[place]}${groups.length ? `, targeting ${groups.join(' and ')}` : ''}`;
  const ends = CUSTODIAL.includes(type) && type !== 'RELEASE' && !vague ? dayNumber + rng.int(1, 400) : null;
  const base = {
    eventType: type,
    title,
    place: placeId(place),
    ...(groups.length ? { targetedGroups: groups } : {}),
    ...(MASS.includes(type) && rng.chance(0.3) ? { victimCount: listed + rng.int(1, 40) } : {}),
    startDate: vague ? iso(dayNumber).slice(0, 7) : iso(dayNumber),
    ...(ends !== null && ends < EPOCH.to ? { endDate: iso(ends) } : {}),
    sources: w.citer.cite(rng),
  };
  const record: OutRecord = type === 'TRIAL' ? { type: 'Trial', id: eventId(i, true), ...base, ...trialFields(w, i, court, dayNumber, rng) } : { type: 'Event', id: eventId(i, false), ...base };
  return { record, day: dayNumber, type, parts };
}

/** One perpetrator: a unit itself, or a person posted to it that day (its commander orders, its officers act). */
function perpetrator(w: World, type: EventType, dayNumber: number, rng: Rng, parts: Parts, k: number): void {
  const { s } = w;
  if (type === 'POLICY_STATEMENT') {
    if (k === 0) parts.add(personId(0), 'AUTHORED_POLICY');
    else parts.add(s.orgs[rng.pick(s.bodies)]!.id, 'IMPLEMENTED_POLICY');
    return;
  }
  if (PROSECUTORIAL.includes(type)) {
    const office = rng.pick(s.prosecution);
    const who = rng.chance(0.6) ? postedAt(w, office, dayNumber, rng, ['PROSECUTOR', 'HEAD']) : null;
    parts.add(who ? who.person : s.orgs[office]!.id, rng.chance(0.7) ? 'PROSECUTED' : 'INVESTIGATED');
    return;
  }
  const body = rng.chance(0.5) ? rng.int(0, Math.min(1, s.bodies.length - 1)) : rng.int(0, s.bodies.length - 1);
  if (ADMINISTRATIVE.includes(type) && rng.chance(0.5)) {
    const ministry = s.bodies[body]!;
    const head = rng.chance(0.5) ? postedAt(w, ministry, dayNumber, rng, ['HEAD']) : null;
    parts.add(head ? head.person : s.orgs[ministry]!.id, head ? 'ORDERED' : 'IMPLEMENTED_POLICY');
    return;
  }
  const pool = CUSTODIAL.includes(type) && s.detention.length && rng.chance(0.5) ? s.detention : s.unitsByBody[body]!;
  const unit = rng.pick(pool);
  const posted = rng.chance(0.55) ? postedAt(w, unit, dayNumber, rng) : null;
  if (posted) {
    const commands = posted.role === 'COMMANDER' || posted.role === 'HEAD';
    parts.add(posted.person, commands ? COMMAND_ROLES.pick(rng) : OFFICER_ROLES.pick(rng));
  } else if (parts.add(s.orgs[unit]!.id, UNIT_ROLES.pick(rng))) {
    parts.units.push(unit);
  }
}
