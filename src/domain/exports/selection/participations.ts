/** Every participation in some events, with its actor: part of the event and allegation selections. */
import type { Graph } from '../../../storage/db/graph';
import type { RecordType } from '../../../storage/records/schemas';
import type { Collected } from './collected';

interface ParticipationRow {
  id: string;
  actorId: string;
  actorType: RecordType;
}

/** Includes every participation in `eventIds` and its actor; one linking a withheld person is left out. */
export async function includeParticipations(graph: Graph, eventIds: readonly string[], collected: Collected): Promise<void> {
  if (!eventIds.length) return;
  for (const p of await graph.read<ParticipationRow>('exports/participations', { ids: [...new Set(eventIds)] })) {
    if (collected.linksWithheld([p.actorId])) {
      collected.omit(p.id, [p.actorId]);
      continue;
    }
    collected.include(p.id, 'Participation');
    collected.include(p.actorId, p.actorType);
  }
}
