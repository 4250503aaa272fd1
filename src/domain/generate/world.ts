/** What every builder after the structure and the staffing needs to know about the dataset. */
import type { ParticipationRole } from '../../foundations/model/enums';
import type { Structure } from './organisations';
import { holds, personId, type Staffing } from './postings';
import type { Rng } from '../../foundations/prng';
import type { Citer } from './sources';

export interface World {
  seed: number;
  s: Structure;
  st: Staffing;
  citer: Citer;
  placeNames: string[];
  /** Persons who are only ever victims: indices from `victims.from` (included) to `victims.to` (excluded). */
  victims: { from: number; to: number };
}

export interface Part {
  actor: string;
  role: ParticipationRole;
}

/** Collects an event's participants, each actor once. */
export class Parts {
  readonly list: Part[] = [];
  /** Units (organisation indices) that took part on the perpetrator side themselves. */
  readonly units: number[] = [];
  private readonly seen = new Set<string>();

  add(actor: string, role: ParticipationRole): boolean {
    if (this.seen.has(actor)) return false;
    this.seen.add(actor);
    this.list.push({ actor, role });
    return true;
  }
}

/** A posting at the organisation that holds on the day, drawn among those with one of the roles (any role when none given). */
export function postedAt(w: World, org: number, dayNumber: number, rng: Rng, roles?: readonly string[]): { person: string; role: string } | null {
  const at = w.st.byOrg[org]!.map((i) => w.st.posts[i]!).filter((p) => holds(p, dayNumber) && (!roles || roles.includes(p.role)));
  if (!at.length) return null;
  const p = rng.pick(at);
  return { person: personId(p.person), role: p.role };
}

export function victim(w: World, rng: Rng): string {
  return personId(rng.int(w.victims.from, w.victims.to - 1));
}
