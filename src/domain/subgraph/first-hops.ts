/**
 * The first round trip of a subgraph expansion brings its seeds, their links (hop 1) and, for an
 * expansion of two hops or more, the links of every record hop 1 can reach: the rows hop 2 needs
 * whatever hop 1's filters, protection and node limit keep (cypher/queries/subgraph/first-hops).
 * A neighbourhood of two hops is then one statement instead of three (seeds, hop 1, hop 2).
 *
 * Hop 2's rows are read for the widest frontier hop 1 can have; expand.ts keeps those of the
 * records it drew, which are exactly the rows a query for that frontier would return, as long as
 * no hop was cut at the row limit. A hop that reached the limit is given as null and read again
 * for its actual frontier, so truncation happens where it did when each hop was its own query.
 */
import type { Graph } from '../../storage/db/graph';
import type { Props } from './build';
import type { HopRow } from './hop-steps';
import { KnownRecords, unprojectedRows } from './frontier-records';
import { unprojected, type RecordProjection } from '../../storage/records/projected';

export interface FirstHops {
  /** The entities and legal provisions among the ids (unchecked: expand.ts checks them). */
  seeds: Props[];
  /** Rows read ahead for hops 1 and 2; null: not read, or cut at the row limit (read it again). */
  ahead: [HopRow[] | null, HopRow[] | null];
  /** The records read (seeds, and those of the rows given), for completing the rows of later hops. */
  known: KnownRecords;
}

/** How the first hops are read: `withCitations` false leaves every row's `citations` empty (its link's grade unknown). */
export interface HopReading {
  withCitations: boolean;
  /** The properties read of the records (drawing-projection.ts); `{}`: every record whole. */
  projection: RecordProjection;
}

/** `maxRows`: the rows one hop may hold; `hops`: how many the expansion makes (at least 1). */
export async function readFirstHops(graph: Graph, ids: readonly string[], hops: number, maxRows: number, { withCitations, projection }: HopReading): Promise<FirstHops> {
  type Row = HopRow & { hop: 0 | 1 | 2; seed: Props | null };
  const rows = await graph.read<Row>('subgraph/first-hops', { ids: [...new Set(ids)], ahead: hops >= 2, maxRows: maxRows + 1, withCitations, projection });
  const seeds = rows.filter((r) => r.hop === 0).map((r) => unprojected(r.seed!, projection));
  const hopRows = (hop: 1 | 2): HopRow[] =>
    unprojectedRows(
      rows.filter((r) => r.hop === hop).map(({ hop: _hop, seed: _seed, ...row }) => row),
      projection,
    );
  const known = new KnownRecords();
  known.add(seeds);
  // A hop cut at the row limit is read again; the others have their frontier records put back,
  // hop 1's from the seeds, hop 2's from hop 1's rows (the ids that are no entity have none).
  const complete = (rows: HopRow[]) => (rows.length > maxRows ? null : known.completeHeld(rows));
  const first = complete(hopRows(1));
  // Hop 2's frontier was taken from hop 1's rows: a cut hop 1 leaves it incomplete too.
  return { seeds, ahead: [first, first && hops >= 2 ? complete(hopRows(2)) : null], known };
}
