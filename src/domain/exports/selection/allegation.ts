/**
 * The `allegation` selection: the allegation, its accused, its legal provision, its events, and
 * those events' participations with their actors. For a viewer without clearance an allegation
 * accusing a withheld person does not exist (NOT_FOUND, as for an unknown id). The `accused`
 * selection: every allegation against the accused, each so.
 */
import type { Graph } from '../../../storage/db/graph';
import type { ExportSelection } from '../types';
import type { Collected } from './collected';
import { loadStartRecords } from './lookup';
import { includeParticipations } from './participations';

export async function selectAllegation(graph: Graph, selection: Extract<ExportSelection, { by: 'allegation' }>, collected: Collected): Promise<void> {
  await includeAllegations(graph, [selection.allegation], collected);
}

export async function selectAccused(graph: Graph, selection: Extract<ExportSelection, { by: 'accused' }>, collected: Collected): Promise<void> {
  const [accused] = await loadStartRecords(graph, [selection.accused], collected, 'accused', ['Person', 'Organization']);
  collected.include(accused!.id, accused!.recordType);
  const [row] = await graph.read<{ allegationIds: string[] }>('coverage/allegations-of', { accusedId: selection.accused });
  if (row?.allegationIds.length) await includeAllegations(graph, row.allegationIds, collected);
}

async function includeAllegations(graph: Graph, ids: readonly string[], collected: Collected): Promise<void> {
  for (const allegation of await loadStartRecords(graph, ids, collected, 'allegation', ['Allegation'])) await includeAllegation(graph, allegation, collected);
}

async function includeAllegation(graph: Graph, allegation: Awaited<ReturnType<typeof loadStartRecords>>[number], collected: Collected): Promise<void> {
  collected.include(allegation.id, 'Allegation');
  for (const l of allegation.links) collected.include(l.id, l.recordType);
  const events = allegation.links.filter((l) => l.recordType === 'Event' || l.recordType === 'Trial').map((l) => l.id);
  await includeParticipations(graph, events, collected);
}
