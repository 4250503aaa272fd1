/**
 * Closing a selection so that its records export re-imports into an EMPTY database:
 * - every reference is brought in (a posting its person and organisation, a participation its
 *   actor and event, an event its place, a trial its court, an allegation its accused, provision
 *   and events: RECORD_TYPES[type].refs, as relationships in the graph);
 * - every Source citing a selected record (CITED_FOR);
 * - rival accounts, both ways: a record a selected one contradicts, and a record contradicting a
 *   selected one. We ADD them rather than drop the `contradicts` entries: an export for a referral
 *   must not hide that the evidence is disputed, and the added record's own references and
 *   sources follow, so it imports too.
 * Repeated until nothing new is found: one round trip per chunk of ids per round (the first round
 * reads the whole selection, later ones only what was added).
 *
 * For a viewer without clearance a withheld person is never brought in, nor any record linking
 * one (noted in `collected`), and nothing is followed from such a record: its sources and rivals
 * are not added because of it. A `contradicts` naming a left-out record is dropped when the record
 * is redacted (src/domain/protection/redact-record-v1.ts).
 */
import type { Graph } from '../../../storage/db/graph';
import type { RecordType } from '../../../storage/records/schemas';
import type { Collected } from './collected';

/** Ids per round trip. */
export const CLOSURE_CHUNK = 5000;

interface ClosureRow {
  id: string;
  recordType: RecordType;
  protection: string | null;
  refs: string[];
  sources: string[];
  rivals: string[];
}

export async function closeOverReferences(graph: Graph, collected: Collected, onRound?: (round: number, size: number) => void): Promise<void> {
  let pending = [...collected.included.keys()];
  const read = new Set<string>();
  for (let round = 1; pending.length; round++) {
    onRound?.(round, collected.included.size);
    const next: string[] = [];
    for (let i = 0; i < pending.length; i += CLOSURE_CHUNK) {
      const chunk = pending.slice(i, i + CLOSURE_CHUNK);
      const rows = await graph.read<ClosureRow>('exports/closure', { ids: chunk });
      const found = new Set<string>();
      for (const row of rows) {
        found.add(row.id);
        read.add(row.id);
        if (!collected.has(row.id)) continue; // left out meanwhile (it links a withheld person)
        if (collected.linksWithheld(row.refs)) {
          collected.omit(row.id, row.refs);
          continue;
        }
        collected.include(row.id, row.recordType);
        for (const other of [...row.refs, ...row.sources, ...row.rivals]) {
          if (!read.has(other) && collected.include(other)) next.push(other);
        }
      }
      for (const id of chunk) {
        if (!found.has(id) && collected.has(id)) {
          // Deleted since it was selected (a concurrent write): nothing to export for it.
          collected.included.delete(id);
          collected.notes.push(`record "${id}" was removed while the export was being selected`);
        }
      }
    }
    pending = next;
  }
}
