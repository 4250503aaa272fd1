/**
 * EVENT_CONDUCT rules: the conduct element of a crime from the allegation's events of the rule's
 * types, through their perpetrator-side participations by
 * - the accused itself;
 * - an organisation in which the accused held a posting valid at the event's date (the posting
 *   ties the unit's act to the accused, and is among the facts the evidence rests on);
 * - for an art. 28 allegation, a unit of the event under the accused's command at that date (as
 *   superiorResponsibility finds it): the participations that made it a unit of the event.
 */
import { validityAt } from '../../../foundations/model/partial-date';
import type { EventConductRule } from '../rules';
import type { EventRow, ParticipationRow, PostingRow } from '../load';
import { eventWords, itemsOf, type DeriveContext, type Derived } from './context';

const ART28 = new Set(['ART28_A', 'ART28_B']);

function postingsAt(ctx: DeriveContext, date: string): PostingRow[] {
  return ctx.allegation.postings.filter((p) => !ctx.hidden.has(p.postingId) && validityAt(p.startDate, p.endDate, date) !== 'NO');
}

/** The participations of the event the accused answers for under art. 28: those of the units they commanded then. */
async function commandedParticipations(ctx: DeriveContext, event: EventRow): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const answer = await ctx.commandAt(event);
  const candidate = answer?.candidates.find((c) => c.personId === ctx.allegation.accused.id);
  if (!answer || !candidate) return found;
  for (const held of candidate.commands) {
    const unit = answer.chain.units.find((u) => u.organizationId === held.unitId);
    for (const reason of unit?.reasons ?? []) {
      const ids = reason.kind === 'ACTOR' ? [reason.participationId] : answer.chain.directActors.filter((a) => a.actorId === reason.posting.personId).map((a) => a.participationId);
      for (const id of ids) found.set(id, held.organizationId);
    }
  }
  return found;
}

async function conductIn(ctx: DeriveContext, rule: EventConductRule, event: EventRow): Promise<Derived> {
  const accusedId = ctx.allegation.accused.id;
  const date = ctx.allegation.accused.recordType === 'Person' || ART28.has(ctx.allegation.mode) ? ctx.dateOf(event) : null;
  const postings = date ? postingsAt(ctx, date) : [];
  const commanded = ART28.has(ctx.allegation.mode) && date ? await commandedParticipations(ctx, event) : new Map<string, string>();
  const derived: Derived = { items: [], factIds: [] };
  const visible = event.participations.filter((p) => !ctx.hidden.has(p.participationId) && !ctx.hidden.has(p.actorId));
  for (const p of visible) {
    const actor = `${p.actorName ?? p.actorId} (${p.role})`;
    const record = { id: p.participationId, type: 'Participation' };
    if (p.actorId === accusedId) {
      derived.items.push(...itemsOf(rule.id, record, p.citations, { eventId: event.id, finding: `${actor} in ${eventWords(event)}` }));
      derived.factIds.push(p.participationId, event.id);
      continue;
    }
    const posting = postings.find((po) => po.organizationId === p.actorId);
    if (posting) {
      const finding = `${actor} in ${eventWords(event)}, where the accused held a posting (${posting.role}${posting.title ? `, ${posting.title}` : ''}) at ${date}`;
      derived.items.push(...itemsOf(rule.id, record, p.citations, { eventId: event.id, finding, postingId: posting.postingId }));
      derived.factIds.push(p.participationId, posting.postingId, event.id);
      continue;
    }
    const commandedFrom = commanded.get(p.participationId);
    if (commandedFrom) {
      const finding = `${actor} in ${eventWords(event)}, a unit under the command the accused held in ${commandedFrom} at ${date}`;
      derived.items.push(...itemsOf(rule.id, record, p.citations, { eventId: event.id, finding }));
      derived.factIds.push(p.participationId, event.id);
    }
  }
  return derived;
}

export async function deriveEventConduct(ctx: DeriveContext, rule: EventConductRule): Promise<Derived> {
  const events = ctx.allegation.events.filter((e) => (rule.eventTypes as readonly string[]).includes(e.eventType) && !ctx.hidden.has(e.id));
  const parts = await Promise.all(events.map((e) => conductIn(ctx, rule, e)));
  return { items: parts.flatMap((p) => p.items), factIds: parts.flatMap((p) => p.factIds) };
}

/** PARTICIPATION_ROLE rules: the accused's own participations in the allegation's events with the rule's roles. */
export function ownParticipations(ctx: DeriveContext, roles: readonly string[]): { event: EventRow; participation: ParticipationRow }[] {
  return ctx.allegation.events.flatMap((event) =>
    event.participations.filter((p) => p.actorId === ctx.allegation.accused.id && roles.includes(p.role) && !ctx.hidden.has(p.participationId)).map((participation) => ({ event, participation })),
  );
}
