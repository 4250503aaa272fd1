/**
 * How long the API's lists run on the data at hand, as the query cost measure uses them
 * (list-sizes.ts): one named query (cypher/queries/graphql/list-estimates.cypher) returns, for
 * each list without a bound in its arguments, the 90th percentile of its length over the records
 * it hangs off: participants per event, postings per person, citations per fact…
 *
 * Why the 90th percentile and not the mean: the lists of a nested query hang off records reached
 * through links, and a record reached through a link is more often a hub than a record picked at
 * random (the seed's KGB is in 9 events; organisations average 1.6). The mean describes the
 * typical record and under-estimates exactly those; the 90th percentile covers all but the tenth
 * most connected, and stays put when one record has thousands of links, where the maximum (or a
 * mean weighted by size) would price every query by the one hub. What it still under-estimates is
 * covered by the room between the documented queries and the limit (a third of it at most).
 */
import type { Graph } from '../../../storage/db/graph';
import { COMMAND_POSTING_ROLES, PERPETRATOR_ROLES } from '../../../foundations/model/enums';

export const ESTIMATE_NAMES = [
  'participantsPerEvent',
  'eventLinksPerEvent',
  'unitsPerEvent',
  'participationsPerPerson',
  'postingsPerPerson',
  'commandPostingsPerPerson',
  'participationsPerOrganization',
  'membersPerOrganization',
  'commandersPerOrganization',
  'parentsPerOrganization',
  'childrenPerOrganization',
  'factsPerEntity',
  'citationsPerFact',
  'citationsPerEntity',
  'contradictionsPerRecord',
  'linksPerEntity',
  'eventsPerPlace',
  'elementsPerProvision',
  'eventsPerAllegation',
  'allegations',
  'allegationsPerParty',
  'searchHits',
  'bucketsByEventType',
  'bucketsByMonth',
  'bucketsByYear',
  'bucketsByOrganization',
  'bucketsByTargetedGroup',
  'bucketsByCountry',
] as const;

export type EstimateName = (typeof ESTIMATE_NAMES)[number];

/** The estimates, each a whole number of at least 1; a name not present is not known (yet). */
export type ListEstimates = Readonly<Partial<Record<EstimateName, number>>>;

/** Before the database has been read (or when it could not be): nothing known. */
export const NO_ESTIMATES: ListEstimates = Object.freeze({});

export class ListEstimatesError extends Error {
  override name = 'ListEstimatesError';
}

/**
 * The query's row as estimates: rounded up, never below 1 (a list that is empty everywhere, or a
 * kind of record not held yet, null in the row, still costs its fields once). Throws on a row
 * that lacks a name or holds something else than a number, so a broken query is not read as data.
 */
export function parseEstimates(row: Readonly<Record<string, unknown>> | undefined): ListEstimates {
  if (!row) throw new ListEstimatesError('the list estimates query returned no row');
  const estimates: Partial<Record<EstimateName, number>> = {};
  for (const name of ESTIMATE_NAMES) {
    const value = row[name];
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new ListEstimatesError(`the list estimates query returned ${JSON.stringify(value)} for ${name}; expected a number or null`);
    }
    estimates[name] = Math.max(1, Math.ceil(value ?? 0));
  }
  return Object.freeze(estimates);
}

/** Reads the estimates from the database: one round trip, a scan of the graph's records. */
export async function readListEstimates(graph: Graph): Promise<ListEstimates> {
  const [row] = await graph.read<{ estimates: Record<string, unknown> }>('graphql/list-estimates', {
    perpetratorRoles: [...PERPETRATOR_ROLES],
    commandRoles: [...COMMAND_POSTING_ROLES],
  });
  return parseEstimates(row?.estimates);
}
