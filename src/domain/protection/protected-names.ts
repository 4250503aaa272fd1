/**
 * The protected persons a viewer without clearance must not see: loaded once per request (one
 * round trip, cypher/queries/protection/protected-persons.cypher), never for cleared viewers.
 *
 * Rule for data: the id of a protected person (and of any record) must not contain their name:
 * ids travel unscrubbed (they are references), so `person:ivan-petrov` would leak "Ivan Petrov".
 * The generator uses `person:syn-…`; the last-line response plugin reports any id that slips.
 */
import type { Graph } from '../../storage/db/graph';

export interface ProtectedPerson {
  id: string;
  protection: 'PSEUDONYM' | 'WITHHOLD';
  name: string | null;
  aliases: string[];
  pseudonym: string | null;
}

export interface ProtectedNames {
  persons: ProtectedPerson[];
  /** Ids of withheld persons: they, and every fact linking them, do not exist for the viewer. */
  withheld: ReadonlySet<string>;
}

export const NO_PROTECTED: ProtectedNames = { persons: [], withheld: new Set() };

export async function loadProtectedNames(graph: Graph): Promise<ProtectedNames> {
  const persons = await graph.read<ProtectedPerson & Record<string, unknown>>('protection/protected-persons');
  return { persons, withheld: new Set(persons.filter((p) => p.protection === 'WITHHOLD').map((p) => p.id)) };
}
