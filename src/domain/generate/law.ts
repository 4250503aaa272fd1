/**
 * The law: four Rome Statute art. 7 provisions with their numbered elements (synthetic copies,
 * under syn- ids so that they never clash with the curated seed's), and a few allegations
 * against commanders of units that took part in events, under art. 28 or art. 25(3)(b), each
 * citation naming the element it goes to.
 */
import type { ELEMENT_KINDS, EventType } from '../../foundations/model/enums';
import { planEvent, eventId } from './events';
import { rngFor, Weighted } from '../../foundations/prng';
import type { Citer } from './sources';
import { postedAt, type World } from './world';
import type { RecordWriter } from './writer';

type Element = { number: string; text: string; kind: (typeof ELEMENT_KINDS)[number] };

const CONTEXT: Element[] = [
  { number: '3', text: 'The conduct was committed as part of a widespread or systematic attack directed against a civilian population.', kind: 'CONTEXTUAL' },
  { number: '4', text: 'The perpetrator knew that the conduct was part of or intended the conduct to be part of such an attack.', kind: 'MENTAL' },
];

export const PROVISIONS: readonly { id: string; article: string; title: string; elements: Element[] }[] = [
  {
    id: 'lp:syn-rome-7-1-d',
    article: '7(1)(d)',
    title: 'Crime against humanity of deportation or forcible transfer of population',
    elements: [
      { number: '1', text: 'The perpetrator deported or forcibly transferred one or more persons by expulsion or other coercive acts.', kind: 'CONDUCT' },
      { number: '2', text: 'Such persons were lawfully present in the area from which they were deported.', kind: 'CIRCUMSTANCE' },
      ...CONTEXT,
    ],
  },
  {
    id: 'lp:syn-rome-7-1-e',
    article: '7(1)(e)',
    title: 'Crime against humanity of imprisonment or other severe deprivation of physical liberty',
    elements: [
      { number: '1', text: 'The perpetrator imprisoned one or more persons or otherwise severely deprived them of physical liberty.', kind: 'CONDUCT' },
      { number: '2', text: 'The gravity of the conduct was such that it was in violation of fundamental rules of international law.', kind: 'CIRCUMSTANCE' },
      ...CONTEXT,
    ],
  },
  {
    id: 'lp:syn-rome-7-1-f',
    article: '7(1)(f)',
    title: 'Crime against humanity of torture',
    elements: [
      { number: '1', text: 'The perpetrator inflicted severe physical or mental pain or suffering upon one or more persons.', kind: 'CONDUCT' },
      { number: '2', text: 'Such persons were in the custody or under the control of the perpetrator.', kind: 'CIRCUMSTANCE' },
      ...CONTEXT,
    ],
  },
  {
    id: 'lp:syn-rome-7-1-h',
    article: '7(1)(h)',
    title: 'Crime against humanity of persecution',
    elements: [
      { number: '1', text: 'The perpetrator severely deprived one or more persons of fundamental rights, contrary to international law.', kind: 'CONDUCT' },
      { number: '2', text: 'The perpetrator targeted such persons by reason of the identity of a group or collectivity.', kind: 'CIRCUMSTANCE' },
      ...CONTEXT,
    ],
  },
];

const PROVISION_OF: Partial<Record<EventType, number>> = {
  DEPORTATION: 0,
  PASSPORT_CONFISCATION: 0,
  DETENTION: 1,
  ARREST: 1,
  ENFORCED_DISAPPEARANCE: 1,
  TORTURE: 2,
  ILL_TREATMENT: 2,
};
const MODES = new Weighted([
  ['ART28_A', 50],
  ['ART28_B', 20],
  ['ART25_3_B', 30],
] as const);

export function writeProvisions(w: RecordWriter, citer: Citer): void {
  for (const p of PROVISIONS) {
    w.write({
      type: 'LegalProvision',
      id: p.id,
      instrument: 'Rome Statute of the International Criminal Court',
      article: p.article,
      title: p.title,
      elements: p.elements,
      sources: citer.law(p.article),
    });
  }
}

/** Allegations against the commander, on the event's day, of a unit that took part in the event. */
export function writeAllegations(w: RecordWriter, world: World, events: number, count: number): void {
  for (let k = 0; k < count; k += 1) {
    const rng = rngFor(world.seed, 'allegation', k);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const i = rng.int(0, events - 1);
      const plan = planEvent(world, i);
      if (!plan.parts.units.length) continue;
      const unit = rng.pick(plan.parts.units);
      const commander = postedAt(world, unit, plan.day, rng, ['COMMANDER', 'HEAD']);
      if (!commander) continue;
      const provision = PROVISIONS[PROVISION_OF[plan.type] ?? 3]!;
      const mode = MODES.pick(rng);
      const unitName = world.s.orgs[unit]!.shortName ?? world.s.orgs[unit]!.name;
      w.write({
        type: 'Allegation',
        id: `alg:syn-${String(k).padStart(4, '0')}`,
        accused: commander.person,
        provision: provision.id,
        mode,
        events: [eventId(i, plan.record.type === 'Trial')],
        description: mode === 'ART25_3_B' ? `Ordered the conduct of ${unitName}` : `Commander of ${unitName}, responsible for the conduct of forces under effective command and control`,
        sources: world.citer.cite(rng, () => rng.pick(provision.elements).number),
      });
      break;
    }
  }
}
