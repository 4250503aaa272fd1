/** Looking up the records a selection starts from (seeds, the event, the allegation). */
import type { Graph } from '../../../storage/db/graph';
import { AppError, ErrorCode } from '../../../foundations/errors';
import type { RecordType } from '../../../storage/records/schemas';
import type { Collected } from './collected';

export interface StartRecord {
  id: string;
  recordType: RecordType;
  protection: string | null;
  /** The records it refers to (a fact's ends, an event's place…). */
  links: { id: string; recordType: RecordType }[];
}

/**
 * The records `ids`, in the order asked. NOT_FOUND (naming `field` and the id) for the first that
 * does not exist, is not of one of `types`, or is withheld from the viewer (a withheld person or a
 * record linking one): the same answer as for an unknown id, so the error reveals nothing.
 */
export async function loadStartRecords(graph: Graph, ids: readonly string[], collected: Collected, field: string, types?: readonly RecordType[]): Promise<StartRecord[]> {
  const rows = await graph.read<StartRecord>('exports/records', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const what = types?.length === 1 ? types[0]!.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : types?.includes('Event') ? 'event' : 'record';
  return ids.map((id) => {
    const row = byId.get(id);
    const hidden = !row || collected.withheld.has(id) || collected.linksWithheld(row.links.map((l) => l.id));
    if (hidden || (types && !types.includes(row.recordType))) throw new AppError(ErrorCode.NOT_FOUND, `no ${what} with id "${id}"`, { field });
    return row;
  });
}
