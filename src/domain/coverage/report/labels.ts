/**
 * The names a printed matrix shows for the records it refers to by id (the accused, provisions,
 * events), as the viewer may see them: a pseudonymised person under the pseudonym, a withheld one
 * not at all, every other name scrubbed of protected names.
 */
import type { Graph } from '../../../storage/db/graph';
import type { StoredRecord } from '../../../storage/records/stored';
import { displayName, isVisible, showsIdentity } from '../../protection/display';
import type { ProtectionView } from '../../protection/view';
import type { CaseMatrix } from '../types';

export type Labels = ReadonlyMap<string, string>;

function idsOf(matrix: CaseMatrix): string[] {
  const ids = new Set<string>([matrix.accusedId]);
  for (const a of matrix.allegations) {
    ids.add(a.allegationId).add(a.provisionId);
    if (a.modeProvisionId) ids.add(a.modeProvisionId);
    for (const e of a.elements) for (const i of e.evidence) if (i.eventId) ids.add(i.eventId);
  }
  return [...ids];
}

/**
 * The labels of the matrix's records. `replaced`, when given, is filled with what stands in for a
 * protected name: a pseudonymised accused's pseudonym, and each replacement made in a name or title.
 */
export async function loadLabels(graph: Graph, matrix: CaseMatrix, view: ProtectionView, replaced?: Set<string>): Promise<Labels> {
  const rows = await graph.read<{ id: string; node: StoredRecord }>('coverage/labels', { ids: idsOf(matrix) });
  const labels = new Map<string, string>();
  for (const { id, node } of rows) {
    const name =
      node.recordType === 'LegalProvision'
        ? `art. ${String(node.article)}: ${String(node.title)}`
        : node.recordType === 'Organization' && node.shortName && node.name
          ? `${String(node.name)} (${String(node.shortName)})`
          : displayName(node, view);
    if (replaced && !showsIdentity(node, view) && isVisible(node, view)) replaced.add(name);
    labels.set(id, view.cleared ? name : view.scrubber.scrub(name, { replaced }));
  }
  return labels;
}

/** A record's label, or its id when it has none. */
export const labelOf = (labels: Labels, id: string) => labels.get(id) ?? id;
