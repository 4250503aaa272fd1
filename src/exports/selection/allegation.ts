/**
 * The `allegation` selection: the allegation, its accused, its legal provision, its events, and
 * those events' participations with their actors. For a viewer without clearance an allegation
 * accusing a withheld person does not exist (NOT_FOUND, as for an unknown id).
 */
import type { Graph } from '../../db/graph';
import type { ExportSelection } from '../types';
import type { Collected } from './collected';
import { loadStartRecords } from './lookup';
import { includeParticipations } from './participations';

export async function selectAllegation(graph: Graph, selection: Extract<ExportSelection, { by: 'allegation' }>, collected: Collected): Promise<void> {
  const [allegation] = await loadStartRecords(graph, [selection.allegation], collected, 'allegation', ['Allegation']);
  collected.include(allegation!.id, 'Allegation');
  for (const l of allegation!.links) collected.include(l.id, l.recordType);
  const events = allegation!.links.filter((l) => l.recordType === 'Event' || l.recordType === 'Trial').map((l) => l.id);
  await includeParticipations(graph, events, collected);
}
