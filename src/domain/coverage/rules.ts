/**
 * The derivation rules of element coverage, declared once: which elements of which provisions may
 * get evidence read off the graph rather than cited for them, and how. The README prints this table
 * (a test checks it is the same), every evidence item names the rule that produced it, and the code
 * that applies each kind of rule lives in derive/. Anything not listed here is proved only by the
 * allegation's citations that name the element; mental elements are never derived (a rule aimed at
 * one is refused when the table is checked).
 */
import { MODE_ARTICLES } from '../../foundations/model/cited-element';
import type { EventType, ParticipationRole } from '../../foundations/model/enums';

/** An element of a Rome Statute provision, by article as the seed writes it ("7(1)(d)") and number. */
export interface ElementRef {
  article: string;
  number: string;
}

interface RuleBase {
  id: string;
  targets: readonly ElementRef[];
  /** What the rule reads, in words (the README's table). */
  reads: string;
}

/** Conduct from the allegation's events of these types and their perpetrator side. */
export interface EventConductRule extends RuleBase {
  kind: 'EVENT_CONDUCT';
  eventTypes: readonly EventType[];
}

/** The pattern of attack-type events over the allegation's period, as figures. */
export interface AttackPatternRule extends RuleBase {
  kind: 'ATTACK_PATTERN';
  eventTypes: readonly EventType[];
  /** How far before the allegation's first event the period starts. */
  monthsBefore: number;
}

/** Effective command or control from command postings valid at the events' dates (as superiorResponsibility finds them). */
export interface CommandRule extends RuleBase {
  kind: 'COMMAND';
}

/** A mode of liability from the accused's own participations in the allegation's events with these roles. */
export interface ParticipationRoleRule extends RuleBase {
  kind: 'PARTICIPATION_ROLE';
  roles: readonly ParticipationRole[];
}

export type DerivationRule = EventConductRule | AttackPatternRule | CommandRule | ParticipationRoleRule;

/** The evidence an allegation cites for an element itself: not a derivation, named in the answer like one. */
export const CITED = 'cited';

/** Event types of an attack on a civilian population: the pattern's events and the persecution's acts. */
export const ATTACK_EVENT_TYPES: readonly EventType[] = [
  'RAID',
  'SEARCH',
  'ARREST',
  'DETENTION',
  'INTERROGATION',
  'ILL_TREATMENT',
  'TORTURE',
  'TRIAL',
  'SENTENCING',
  'DEPORTATION',
  'PASSPORT_CONFISCATION',
  'DOCUMENT_DENIAL',
  'PROPERTY_SEIZURE',
  'DISSOLUTION',
  'DISBARMENT',
  'DISMISSAL',
  'EXTRADITION_REQUEST',
  'THREAT',
  'EXTREMIST_DESIGNATION',
  'ENFORCED_DISAPPEARANCE',
];

const CONDUCT_READS =
  "the allegation's events of these types, and their perpetrator-side participations by the accused, by an organisation the accused held a posting in at the event's date, or (art. 28 allegations) by a unit under the accused's command then";

export const DERIVATION_RULES: readonly DerivationRule[] = [
  { id: 'conduct-deportation', kind: 'EVENT_CONDUCT', targets: [{ article: '7(1)(d)', number: '1' }], eventTypes: ['DEPORTATION'], reads: CONDUCT_READS },
  { id: 'conduct-imprisonment', kind: 'EVENT_CONDUCT', targets: [{ article: '7(1)(e)', number: '1' }], eventTypes: ['ARREST', 'DETENTION'], reads: CONDUCT_READS },
  { id: 'conduct-torture', kind: 'EVENT_CONDUCT', targets: [{ article: '7(1)(f)', number: '1' }], eventTypes: ['TORTURE', 'ILL_TREATMENT'], reads: CONDUCT_READS },
  { id: 'conduct-persecution', kind: 'EVENT_CONDUCT', targets: [{ article: '7(1)(h)', number: '1' }], eventTypes: ATTACK_EVENT_TYPES, reads: CONDUCT_READS },
  {
    id: 'context-attack-pattern',
    kind: 'ATTACK_PATTERN',
    targets: [
      { article: '7(1)(d)', number: '4' },
      { article: '7(1)(e)', number: '4' },
      { article: '7(1)(f)', number: '4' },
      { article: '7(1)(h)', number: '5' },
    ],
    eventTypes: ATTACK_EVENT_TYPES,
    monthsBefore: 12,
    reads:
      "every event of these types from 12 months before the allegation's first event to its last: their number, victims, months, places and perpetrator organisations, as figures with the events behind them (each event's best citation) — never a finding that the attack was widespread or systematic",
  },
  {
    id: 'command-control',
    kind: 'COMMAND',
    targets: [
      { article: '28(a)', number: '2' },
      { article: '28(b)', number: '1' },
    ],
    reads:
      "the accused's command postings (head, commander) valid at each event's date over the event's units or the organisations above them, with the COMMAND path from the unit (superiorResponsibility): the posting's and each link's citations",
  },
  {
    id: 'commission',
    kind: 'PARTICIPATION_ROLE',
    targets: [{ article: '25(3)(a)', number: '1' }],
    roles: ['DIRECTLY_PERPETRATED'],
    reads: "the accused's own participations in the allegation's events with these roles",
  },
  {
    id: 'ordering',
    kind: 'PARTICIPATION_ROLE',
    targets: [{ article: '25(3)(b)', number: '1' }],
    roles: ['ORDERED'],
    reads: "the accused's own participations in the allegation's events with these roles",
  },
  {
    id: 'aiding',
    kind: 'PARTICIPATION_ROLE',
    targets: [{ article: '25(3)(c)', number: '1' }],
    roles: ['AIDED'],
    reads: "the accused's own participations in the allegation's events with these roles",
  },
];

/** The article of the provision each mode of liability names, and the instrument of those articles (model/cited-element). */
export { MODE_ARTICLES, ROME_STATUTE } from '../../foundations/model/cited-element';

/** The rules aimed at an element of a provision (matched by its article). */
export function rulesFor(article: string, number: string): DerivationRule[] {
  return DERIVATION_RULES.filter((r) => r.targets.some((t) => t.article === article && t.number === number));
}

export function ruleById(id: string): DerivationRule | undefined {
  return DERIVATION_RULES.find((r) => r.id === id);
}

/**
 * The most elements of one allegation the rules derive evidence for: the crime's provision with
 * the most targeted elements plus the mode's with the most. Every other element has only the
 * allegation's own citations; the query cost spreads an allegation's evidence over its elements by it.
 */
export function mostDerivedElements(): number {
  const targeted = new Map<string, Set<string>>();
  for (const rule of DERIVATION_RULES) for (const t of rule.targets) targeted.set(t.article, (targeted.get(t.article) ?? new Set<string>()).add(t.number));
  const modes = new Set<string>(Object.values(MODE_ARTICLES));
  const most = (ofMode: boolean) => Math.max(0, ...[...targeted].filter(([article]) => modes.has(article) === ofMode).map(([, numbers]) => numbers.size));
  return most(false) + most(true);
}
