/** PARTICIPATION_ROLE rules: a mode of liability from the accused's own participations with the rule's roles. */
import type { ParticipationRoleRule } from '../rules';
import { eventWords, itemsOf, type DeriveContext, type Derived } from './context';
import { ownParticipations } from './event-conduct';

export function deriveParticipationRole(ctx: DeriveContext, rule: ParticipationRoleRule): Derived {
  const derived: Derived = { items: [], factIds: [] };
  for (const { event, participation: p } of ownParticipations(ctx, rule.roles)) {
    const finding = `${p.actorName ?? p.actorId} (${p.role}) in ${eventWords(event)}`;
    derived.items.push(...itemsOf(rule.id, { id: p.participationId, type: 'Participation' }, p.citations, { eventId: event.id, finding }));
    derived.factIds.push(p.participationId);
  }
  return derived;
}
