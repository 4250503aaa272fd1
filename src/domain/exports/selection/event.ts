/**
 * The `event` selection: the event, every participation in it with its actor, and its chain of
 * command at `at` (the event's start date by default) as src/domain/chain-of-command draws it — the
 * direct actors' participations, the units and the postings that made them units, every COMMAND
 * subordination followed, every organisation reached and every commander's posting and person.
 * For a viewer without clearance the chain is drawn as if withheld persons did not exist.
 */
import { chainOfCommand, type ChainOfCommand } from '../../chain-of-command';
import type { Graph } from '../../../storage/db/graph';
import type { ExportSelection } from '../types';
import type { Collected } from './collected';
import { loadStartRecords } from './lookup';
import { includeParticipations } from './participations';

export async function selectEvent(graph: Graph, selection: Extract<ExportSelection, { by: 'event' }>, collected: Collected): Promise<void> {
  const [event] = await loadStartRecords(graph, [selection.event], collected, 'event', ['Event', 'Trial']);
  collected.include(event!.id, event!.recordType);
  await includeParticipations(graph, [event!.id], collected);
  const chain = await chainOfCommand(graph, event!.id, { at: selection.at ?? null, hidden: collected.withheld });
  includeChain(chain, collected);
}

/** Every record the chain rests on. */
export function includeChain(chain: ChainOfCommand, collected: Collected): void {
  for (const a of chain.directActors) {
    collected.include(a.participationId, 'Participation');
    collected.include(a.actorId, a.actorType);
  }
  const postings = [...chain.units.flatMap((u) => u.reasons.flatMap((r) => (r.kind === 'POSTING' ? [r.posting] : []))), ...chain.levels.flatMap((l) => l.organizations.flatMap((o) => o.commanders))];
  for (const u of chain.units) collected.include(u.organizationId, 'Organization');
  for (const l of chain.levels) for (const o of l.organizations) collected.include(o.organizationId, 'Organization');
  for (const p of postings) {
    collected.include(p.postingId, 'Posting');
    collected.include(p.personId, 'Person');
    collected.include(p.organizationId, 'Organization');
  }
  for (const link of chain.links) {
    collected.include(link.subordinationId, 'Subordination');
    collected.include(link.childId, 'Organization');
    collected.include(link.parentId, 'Organization');
  }
}
