/**
 * The dated facts about a person or organisation, in order: postings (theirs, or the organisation's
 * members'), subordinations (above and below an organisation) and participations in events, dated
 * by the event. Undated entries come last, in id order.
 */
import type { Graph } from '../../storage/db/graph';
import { AppError } from '../../foundations/errors';
import { displayName, type ProtectionViewer } from '../protection/display';
import type { StoredRecord } from '../../storage/records/stored';

export interface TimelineEntry {
  date: string | null;
  endDate: string | null;
  /** Earliest day of `date`, for ordering. */
  sortKey: string | null;
  kind: 'POSTING' | 'SUBORDINATION' | 'PARTICIPATION';
  fact: StoredRecord;
  event: StoredRecord | null;
  summary: string;
}

const TIMELINE_TYPES = ['Person', 'Organization'];

function summarize(entity: StoredRecord, fact: StoredRecord, other: StoredRecord | null, event: StoredRecord | null, viewer: ProtectionViewer): string {
  const name = (n: StoredRecord) => displayName(n, viewer);
  const detail = fact.title ? ` (${String(fact.title)})` : '';
  switch (fact.recordType) {
    case 'Posting':
      return entity.recordType === 'Person' ? `${String(fact.role)}${detail} of ${name(other!)}` : `${name(other!)}: ${String(fact.role)}${detail}`;
    case 'Subordination':
      return fact.child === entity.id ? `under ${name(other!)} (${String(fact.classification)})` : `${name(other!)} placed under it (${String(fact.classification)})`;
    default:
      return `${String(fact.role)} in ${String(event!.title)}`;
  }
}

export async function timeline(graph: Graph, entity: StoredRecord | null, entityId: string, viewer: ProtectionViewer): Promise<TimelineEntry[]> {
  if (!entity) throw AppError.notFound('person or organisation', entityId);
  if (!TIMELINE_TYPES.includes(entity.recordType)) {
    throw AppError.badInput('entityId', `"${entityId}" is not a person or organisation (it is a record of type ${entity.recordType})`);
  }
  const rows = await graph.read<{ fact: StoredRecord; other: StoredRecord | null; event: StoredRecord | null }>('timeline/entries', { id: entityId });
  const entries = rows
    .filter((r) => !r.other || displayName(r.other, viewer) !== '[withheld]')
    .map<TimelineEntry>(({ fact, other, event }) => {
      const dated = event ?? fact;
      return {
        date: (dated.startDate as string | undefined) ?? null,
        endDate: (dated.endDate as string | undefined) ?? null,
        sortKey: (dated.startDateMin as string | undefined) ?? null,
        kind: fact.recordType === 'Participation' ? 'PARTICIPATION' : fact.recordType === 'Posting' ? 'POSTING' : 'SUBORDINATION',
        fact,
        event,
        summary: summarize(entity, fact, other, event, viewer),
      };
    });
  return entries.sort((a, b) => {
    if (a.sortKey !== b.sortKey) return a.sortKey === null ? 1 : b.sortKey === null ? -1 : a.sortKey < b.sortKey ? -1 : 1;
    return a.fact.id < b.fact.id ? -1 : 1;
  });
}
