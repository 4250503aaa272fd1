/**
 * Writes the structure and the facts built in memory: organisations (entities), then postings,
 * subordinations, participations and event links (facts), each citing 1–2 sources.
 */
import { COUNTRY } from './names';
import { planEvent, eventId } from './events';
import type { Structure } from './organisations';
import { personId, postingId, type Staffing } from './postings';
import { rngFor } from '../../foundations/prng';
import type { Citer } from './sources';
import type { World } from './world';
import type { RecordWriter } from './writer';

export function writeOrganisations(w: RecordWriter, seed: number, s: Structure, citer: Citer): void {
  s.orgs.forEach((o, i) => {
    const rng = rngFor(seed, 'organisation', i);
    w.write({
      type: 'Organization',
      id: o.id,
      name: o.name,
      ...(o.shortName ? { shortName: o.shortName } : {}),
      kind: o.kind,
      country: COUNTRY,
      ...(o.founded ? { foundedDate: o.founded } : {}),
      sources: citer.cite(rng),
    });
  });
}

export function writePostings(w: RecordWriter, seed: number, st: Staffing, s: Structure, citer: Citer): void {
  st.posts.forEach((p, i) => {
    const rng = rngFor(seed, 'posting', i);
    w.write({
      type: 'Posting',
      id: postingId(i),
      person: personId(p.person),
      organization: s.orgs[p.org]!.id,
      role: p.role,
      title: p.title,
      ...(p.rank ? { rank: p.rank } : {}),
      startDate: p.startText,
      ...(p.endText ? { endDate: p.endText } : {}),
      sources: citer.cite(rng),
    });
  });
}

export function writeSubordinations(w: RecordWriter, seed: number, s: Structure, citer: Citer): void {
  s.subs.forEach((sub, i) => {
    const rng = rngFor(seed, 'subordination', i);
    w.write({
      type: 'Subordination',
      id: `sub:syn-${String(i).padStart(6, '0')}`,
      child: s.orgs[sub.child]!.id,
      parent: s.orgs[sub.parent]!.id,
      classification: sub.classification,
      startDate: sub.start,
      ...(sub.end ? { endDate: sub.end } : {}),
      sources: citer.cite(rng),
    });
  });
}

export function writeParticipations(w: RecordWriter, world: World, events: number): void {
  for (let i = 0; i < events; i += 1) {
    const plan = planEvent(world, i);
    const rng = rngFor(world.seed, 'participations', i);
    plan.parts.list.forEach((p, k) => {
      w.write({ type: 'Participation', id: `part:syn-${String(i).padStart(6, '0')}-${k}`, actor: p.actor, event: plan.record.id, role: p.role, sources: world.citer.cite(rng) });
    });
  }
}

/** About 4% of events are linked to an earlier-numbered one, the relation following their dates. */
export function writeEventLinks(w: RecordWriter, world: World, days: Int32Array, trials: Uint8Array): void {
  for (let i = 1; i < days.length; i += 1) {
    const rng = rngFor(world.seed, 'link', i);
    if (!rng.chance(0.04)) continue;
    const j = rng.int(0, i - 1);
    const [a, b] = [eventId(i, trials[i] === 1), eventId(j, trials[j] === 1)];
    const gap = days[i]! - days[j]!;
    const [from, to, relation] =
      Math.abs(gap) <= 3
        ? [a, b, 'PARALLEL' as const]
        : gap > 0
          ? rng.chance(0.5)
            ? [a, b, 'CONSEQUENCE_OF' as const]
            : [b, a, rng.chance(0.6) ? ('PRECEDES' as const) : ('CAUSES' as const)]
          : rng.chance(0.5)
            ? [b, a, 'CONSEQUENCE_OF' as const]
            : [a, b, rng.chance(0.7) ? ('PRECEDES' as const) : ('PART_OF' as const)];
    w.write({ type: 'EventLink', id: `link:syn-${String(i).padStart(6, '0')}`, from, to, relation, sources: world.citer.cite(rng) });
  }
}
