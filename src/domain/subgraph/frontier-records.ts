/**
 * A fact row of a hop (cypher/queries/subgraph/_hop-links.cypher) lists everything the fact points
 * at, the frontier record included; that record comes by its id alone, since whoever asked for the
 * hop holds it already (a seed, or a record a hop before reached in full), and in a hop it is in
 * most rows: sending it again with every fact of it was a third of a neighbourhood's bytes. Here
 * each such end gets the record back, so a row is whole again before anything reads it (the
 * protection checks, the labels, the loaders a caller primes). A record the caller does not hold
 * is an internal error: never a row with half a record.
 */
import { unprojected, type RecordProjection } from '../../storage/records/projected';
import type { Props } from './build';
import type { HopRow } from './hop-steps';

/** Rows as a hop query given `projection` returned them, each record made a record again. */
export function unprojectedRows(rows: readonly HopRow[], projection: RecordProjection): HopRow[] {
  return rows.map((row) => ({ ...row, link: unprojected(row.link, projection), ends: row.ends.map((end) => ({ rel: end.rel, node: unprojected(end.node, projection) })) }));
}

/** What a hop's reader holds: every record read so far (the seeds, each row's link and ends), by id. */
export class KnownRecords {
  private readonly byId = new Map<string, Props>();

  add(records: Iterable<Props>): void {
    for (const r of records) this.byId.set(r.id, r);
  }

  /** Puts each row's frontier record back among its ends (in place), then holds the rows' records too. */
  complete(rows: readonly HopRow[]): void {
    for (const row of rows) {
      for (const end of row.ends) {
        // As read, the frontier's end is `{id}` only: no recordType.
        if ((end.node as Partial<Props>).recordType !== undefined) continue;
        const record = this.byId.get(end.node.id);
        if (!record) throw new Error(`subgraph: the hop row of ${row.id} names ${String(end.node.id)} by id, and it was not read before`);
        end.node = record;
      }
    }
    for (const row of rows) this.add([row.link, ...row.ends.map((e) => e.node)]);
  }

  /**
   * Of rows read ahead for frontiers that may not come to be, those of frontier records held,
   * completed (the others belong to records no hop drew: a frontier is drawn from what was read).
   */
  completeHeld(rows: readonly HopRow[]): HopRow[] {
    const held = rows.filter((row) => this.byId.has(row.id));
    this.complete(held);
    return held;
  }
}
