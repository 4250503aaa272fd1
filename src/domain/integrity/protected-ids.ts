/**
 * Ids must not contain a protected person's name: ids are references, handed out unscrubbed to
 * every viewer (`part:ivan-petrov-arrest` would tell an uncleared viewer who "Witness A" is), so
 * the protection of src/domain/protection relies on this rule. Any record whose id contains a protected
 * person's name, alias or a word of one (as the scrubber matches them) is reported.
 */
import type { Graph } from '../../storage/db/graph';
import { loadProtectedNames } from '../protection/protected-names';
import { Scrubber } from '../protection/scrubber';
import type { Finding } from './findings';

export async function idsNamingProtectedPersons(graph: Graph): Promise<Finding[]> {
  const names = await loadProtectedNames(graph);
  if (!names.persons.length) return [];
  const scrubber = new Scrubber(names.persons);
  const rows = await graph.read<{ id: string; type: string }>('integrity/record-ids');
  return rows
    .filter((r) => typeof r.id === 'string' && scrubber.scrub(r.id) !== r.id)
    .map((r) => ({
      check: 'ID_NAMES_PROTECTED_PERSON' as const,
      recordId: r.id,
      recordType: r.type,
      field: 'id',
      // The message does not repeat the name: reports may be shared with users without clearance.
      message: 'the id contains (a word of) the name of a protected person; ids are shown to every viewer: give the record an id without it',
    }));
}
