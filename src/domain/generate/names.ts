/**
 * Plainly fictional names, built from syllables that belong to no real language's naming
 * conventions (no -enka, -ovich, -ski, -uk), for a fictional state, the Republic of Veldoria
 * (country code XV, a user-assigned ISO code). Nothing here may resemble a real official.
 */
import type { Rng } from '../../foundations/prng';

export const STATE_NAME = 'Republic of Veldoria';
/** ISO 3166-1 user-assigned code: no real country has it. */
export const COUNTRY = 'XV';
export const NEIGHBOUR = 'XN';

const GIVEN_START = ['Va', 'Tor', 'Ze', 'Ul', 'Mar', 'Quo', 'Ber', 'Ysa', 'Dov', 'Kel', 'Ora', 'Fen', 'Gal', 'Ir', 'Lun', 'Pex', 'Sab', 'Thu', 'Wen', 'Xa'];
const GIVEN_END = ['rok', 'mir', 'lis', 'dan', 'vex', 'nor', 'ric', 'tha', 'quin', 'sel', 'vo', 'ra', 'lon', 'bek', 'zan', 'mei'];
const FAMILY_START = ['Tel', 'Orn', 'Quar', 'Vesh', 'Dral', 'Mun', 'Pell', 'Zor', 'Brin', 'Kast', 'Hol', 'Yev', 'Gorm', 'Ist', 'Lam', 'Sarn'];
const FAMILY_MIDDLE = ['mi', 'a', 'ol', 'e', 'ur', 'iv', 'an', 'o'];
const FAMILY_END = ['dze', 'quist', 'mar', 'thal', 'vane', 'rood', 'wick', 'zell', 'borne', 'gast', 'lind', 'mere'];
const PLACE_START = ['Tel', 'Orv', 'Quel', 'Brav', 'Zil', 'Mun', 'Kor', 'Dren', 'Ast', 'Vel', 'Hesk', 'Pol', 'Ryn', 'Sov', 'Ulm', 'Gar'];
const PLACE_END = ['grad', 'mark', 'holm', 'vale', 'ford', 'stead', 'mere', 'wick', 'ost', 'anek', 'ira', 'dun'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function personName(rng: Rng): string {
  const given = rng.pick(GIVEN_START) + rng.pick(GIVEN_END);
  const family = rng.pick(FAMILY_START) + (rng.chance(0.5) ? rng.pick(FAMILY_MIDDLE) : '') + rng.pick(FAMILY_END);
  return `${cap(given)} ${cap(family)}`;
}

/** The same name transliterated differently, as sources do. */
export function variantSpelling(name: string): string {
  return name.replace(/v/g, 'w').replace(/k/g, 'c').replace(/z/g, 's').replace(/Z/g, 'S').replace(/V/g, 'W');
}

export function placeName(rng: Rng): string {
  return cap(rng.pick(PLACE_START).toLowerCase() + rng.pick(PLACE_END));
}

export function pseudonym(index: number): string {
  return `Witness ${String.fromCharCode(65 + (index % 26))}-${index}`;
}

/** The state's security ministries and agencies, in the order the generator uses them. */
export const BODIES: readonly { name: string; short: string; kind: 'MINISTRY' | 'AGENCY' }[] = [
  { name: 'Ministry of Order', short: 'MO', kind: 'MINISTRY' },
  { name: 'Committee for State Vigilance', short: 'CSV', kind: 'AGENCY' },
  { name: 'Ministry of Public Calm', short: 'MPC', kind: 'MINISTRY' },
  { name: 'Border Watch Service', short: 'BWS', kind: 'AGENCY' },
  { name: 'Committee of Financial Rectitude', short: 'CFR', kind: 'AGENCY' },
  { name: 'Guard Service of the Sovereign', short: 'GSS', kind: 'AGENCY' },
  { name: 'Ministry of Information Hygiene', short: 'MIH', kind: 'MINISTRY' },
  { name: 'Investigative Bureau of Veldoria', short: 'IBV', kind: 'AGENCY' },
  { name: 'Ministry of Internal Concord', short: 'MIC', kind: 'MINISTRY' },
  { name: 'State Inspectorate of Loyalty', short: 'SIL', kind: 'AGENCY' },
  { name: 'Ministry of Just Measures', short: 'MJM', kind: 'MINISTRY' },
  { name: 'Directorate of Civic Harmony', short: 'DCH', kind: 'AGENCY' },
];

/** What a unit is called at each depth below its ministry (1 = directly below). */
export const LEVEL_NAMES = ['Main Directorate', 'Directorate', 'Department', 'Division', 'Section', 'Group', 'Detachment', 'Squad', 'Team', 'Cell'];

export const RANKS = ['Lieutenant', 'Senior Lieutenant', 'Captain', 'Major', 'Lieutenant Colonel', 'Colonel', 'Major General of Order'];

export const TARGETED_GROUPS = [
  'journalists',
  'lawyers',
  'students',
  'trade unionists',
  'election observers',
  'bloggers',
  'artists',
  'religious communities',
  'human rights defenders',
  'opposition members',
  'medical workers',
  'protesters',
];

export const CIVIL_KINDS = [
  ['Association of', 'CIVIL_SOCIETY'],
  ['Free Press of', 'MEDIA'],
  ['Bar Chamber of', 'BAR_ASSOCIATION'],
  ['Movement for', 'POLITICAL_MOVEMENT'],
] as const;

export const CIVIL_TOPICS = ['Open Speech', 'Fair Ballots', 'Clean Rivers', 'Student Voices', 'Workers Dignity', 'Free Arts', 'Legal Aid', 'Memory and Truth'];
