/**
 * The state's structure: the head of state's office; security ministries and agencies, each over
 * a unit tree 6–10 levels deep; courts and prosecution offices; and the civil-society
 * organisations and media that are dissolved or designated "extremist". Subordinations: COMMAND
 * along the trees, about 10% ADMINISTRATIVE links across them, and reorganisations (about 10% of
 * units move to another parent on a date: the old link ends the day before the new one starts).
 * Every link points from a level to a strictly higher one, so there are no cycles.
 */
import type { OrganizationKind } from '../../foundations/model/enums';
import { EPOCH, iso } from './dates';
import { BODIES, CIVIL_KINDS, CIVIL_TOPICS, LEVEL_NAMES, placeName, STATE_NAME } from './names';
import { rngFor } from '../../foundations/prng';
import type { Counts } from './scale';

export type OrgGroup = 'head' | 'body' | 'unit' | 'court' | 'prosecution' | 'civil';

export interface Org {
  id: string;
  name: string;
  shortName?: string;
  kind: OrganizationKind;
  group: OrgGroup;
  /** 0 for the head of state's office, ministries, the supreme court…; deeper units count down from there. */
  level: number;
  /** Index of the ministry or agency the unit belongs to, or -1. */
  body: number;
  /** Index of the organisation it was first subordinate to, or -1. */
  parent: number;
  founded?: string;
}

export interface Sub {
  child: number;
  parent: number;
  classification: 'COMMAND' | 'ADMINISTRATIVE';
  start: string | null;
  end?: string;
}

export interface Structure {
  orgs: Org[];
  subs: Sub[];
  head: number;
  bodies: number[];
  /** Units of each ministry or agency (its tree below it), by body index. */
  unitsByBody: number[][];
  detention: number[];
  courts: number[];
  prosecution: number[];
  civil: number[];
}

export function buildStructure(seed: number, counts: Counts): Structure {
  const s: Structure = { orgs: [], subs: [], head: 0, bodies: [], unitsByBody: [], detention: [], courts: [], prosecution: [], civil: [] };
  const add = (org: Org) => s.orgs.push(org) - 1;
  const command = (child: number, parent: number, start: string | null = null) => s.subs.push({ child, parent, classification: 'COMMAND', start });

  s.head = add({ id: 'org:syn-head-of-state', name: `Office of the President of the ${STATE_NAME}`, shortName: 'OPV', kind: 'HEAD_OF_STATE_OFFICE', group: 'head', level: -1, body: -1, parent: -1 });

  const perBody = Math.floor(counts.units / counts.bodies);
  for (let b = 0; b < counts.bodies; b += 1) {
    const rng = rngFor(seed, 'body', b);
    const def = BODIES[b]!;
    const root = add({
      id: `org:syn-body-${String(b).padStart(2, '0')}`,
      name: def.name,
      shortName: def.short,
      kind: def.kind,
      group: 'body',
      level: 0,
      body: b,
      parent: s.head,
      founded: rng.chance(0.5) ? String(rng.int(1991, 1995)) : undefined,
    });
    s.bodies.push(root);
    command(root, s.head, s.orgs[root]!.founded ?? null);
    const units: number[] = [];
    s.unitsByBody.push(units);
    const depth = rng.int(6, 10);
    const budget = Math.max(depth, perBody + (b === 0 ? counts.units - perBody * counts.bodies : 0));
    const path = new Map<number, string>([[root, '']]);
    const children = new Map<number, number>();
    const addUnit = (parent: number) => {
      const level = s.orgs[parent]!.level + 1;
      const nth = (children.get(parent) ?? 0) + 1;
      children.set(parent, nth);
      const p = path.get(parent) ? `${path.get(parent)}.${nth}` : String(nth);
      const detention = b === 0 && level >= 3 && rng.chance(0.05);
      const founded = rng.chance(0.3) ? String(rng.int(1996, 2004)) : undefined;
      const unit = add({
        id: `org:syn-unit-${String(s.orgs.length).padStart(6, '0')}`,
        name: detention ? `Isolation Facility ${p} of the ${def.name}` : `${LEVEL_NAMES[level - 1]} ${p} of the ${def.name}`,
        shortName: `${def.short}-${p}`,
        kind: detention ? 'DETENTION_FACILITY' : 'UNIT',
        group: 'unit',
        level,
        body: b,
        parent,
        founded,
      });
      path.set(unit, p);
      units.push(unit);
      if (detention) s.detention.push(unit);
      command(unit, parent, founded ?? null);
      return unit;
    };
    // A spine first, so that every tree is as deep as drawn even at the smallest scale…
    let last = root;
    for (let l = 0; l < depth; l += 1) last = addUnit(last);
    // …then a random recursive tree: each new unit under any existing one above the deepest level.
    const open = [root, ...units.slice(0, depth - 1)];
    while (units.length < budget) {
      const unit = addUnit(rng.pick(open));
      if (s.orgs[unit]!.level < depth) open.push(unit);
    }
  }

  addJustice(seed, counts, s, add, command);
  reorganise(seed, s);

  for (let c = 0; c < counts.civil; c += 1) {
    const rng = rngFor(seed, 'civil', c);
    const [prefix, kind] = rng.pick(CIVIL_KINDS);
    add({
      id: `org:syn-civil-${String(c).padStart(4, '0')}`,
      name: `${prefix} ${rng.pick(CIVIL_TOPICS)} ${placeName(rng)} no. ${c + 1}`,
      kind,
      group: 'civil',
      level: 0,
      body: -1,
      parent: -1,
      founded: String(rng.int(1992, 2019)),
    });
    s.civil.push(s.orgs.length - 1);
  }
  return s;
}

type Add = (org: Org) => number;
type Command = (child: number, parent: number, start?: string | null) => void;

/** Courts (supreme, regional, district; ADMINISTRATIVE links) and prosecution offices (COMMAND). */
function addJustice(seed: number, counts: Counts, s: Structure, add: Add, command: Command): void {
  const rng = rngFor(seed, 'justice');
  const supreme = add({ id: 'org:syn-court-0000', name: `Supreme Court of the ${STATE_NAME}`, kind: 'COURT', group: 'court', level: 0, body: -1, parent: -1 });
  s.courts.push(supreme);
  const regional: number[] = [];
  const regions = Math.max(1, Math.round((counts.courts - 1) / 6));
  for (let c = 1; c < counts.courts; c += 1) {
    const isRegional = c <= regions;
    const parent = isRegional ? supreme : rng.pick(regional);
    const court = add({
      id: `org:syn-court-${String(c).padStart(4, '0')}`,
      name: isRegional ? `Regional Court of ${placeName(rng)} Region no. ${c}` : `District Court no. ${c} of ${placeName(rng)}`,
      kind: 'COURT',
      group: 'court',
      level: isRegional ? 1 : 2,
      body: -1,
      parent,
    });
    if (isRegional) regional.push(court);
    s.courts.push(court);
    s.subs.push({ child: court, parent, classification: 'ADMINISTRATIVE', start: null });
  }
  const general = add({ id: 'org:syn-procuracy-000', name: `Procurator General's Office of the ${STATE_NAME}`, kind: 'PROSECUTION', group: 'prosecution', level: 0, body: -1, parent: s.head });
  command(general, s.head);
  s.prosecution.push(general);
  for (let p = 1; p < counts.prosecutionOffices; p += 1) {
    const office = add({
      id: `org:syn-procuracy-${String(p).padStart(3, '0')}`,
      name: `Procuracy no. ${p} of ${placeName(rng)}`,
      kind: 'PROSECUTION',
      group: 'prosecution',
      level: 1,
      body: -1,
      parent: general,
    });
    command(office, general);
    s.prosecution.push(office);
  }
}

/** Reorganisations within a body and ADMINISTRATIVE links across bodies, each to a unit one level up. */
function reorganise(seed: number, s: Structure): void {
  const byLevel = new Map<string, number[]>();
  const allByLevel = new Map<number, number[]>();
  for (const units of s.unitsByBody) {
    for (const u of units) {
      const { body, level } = s.orgs[u]!;
      const key = `${body}/${level}`;
      if (!byLevel.has(key)) byLevel.set(key, []);
      if (!allByLevel.has(level)) allByLevel.set(level, []);
      byLevel.get(key)!.push(u);
      allByLevel.get(level)!.push(u);
    }
  }
  const original = s.subs.length;
  for (let i = 0; i < original; i += 1) {
    const sub = s.subs[i]!;
    const org = s.orgs[sub.child]!;
    if (org.group !== 'unit' || org.level < 2) continue;
    const rng = rngFor(seed, 'reorganise', sub.child);
    if (rng.chance(0.12)) {
      const candidates = byLevel.get(`${org.body}/${org.level - 1}`) ?? [];
      const parent = candidates.length > 1 ? rng.pick(candidates) : sub.parent;
      if (parent !== sub.parent) {
        const on = rng.int(EPOCH.from + 365, EPOCH.to - 365);
        sub.end = iso(on - 1);
        s.subs.push({ child: sub.child, parent, classification: 'COMMAND', start: iso(on) });
      }
    }
    if (rng.chance(0.12)) {
      const others = allByLevel.get(org.level - 1) ?? [];
      const parent = others.length ? rng.pick(others) : -1;
      if (parent >= 0 && s.orgs[parent]!.body !== org.body) {
        const start = rng.chance(0.3) ? null : iso(rng.int(EPOCH.careersFrom, EPOCH.to - 200));
        s.subs.push({ child: sub.child, parent, classification: 'ADMINISTRATIVE', start });
      }
    }
  }
}
