/**
 * What expanding a node would add, by type of link and kind of neighbour, as the service counts it
 * with the current filters (neighborCounts); choosing a line expands by that type of link only.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/operations';
import { expand } from '../../commands/canvas';
import { reporting } from '../../commands/report';
import { describeChoice, expansionChoices } from '../../core/expansion/actions';
import type { ExpansionChoice } from '../../core/expansion/types';
import { filterVariables } from '../../core/filters/actions';
import { filtersStore } from '../../core/filters/state';
import { useStore } from '../use-store';

export function ExpandMenu({ id }: { id: string }) {
  const filters = useStore(filtersStore);
  const [choices, setChoices] = useState<ExpansionChoice[] | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setChoices(null);
    void reporting('counting neighbours', () => api.neighborCounts({ id, ...filterVariables(filters) })).then((answer) => {
      if (current && answer) setChoices(expansionChoices(answer.neighborCounts));
    });
    return () => {
      current = false;
    };
  }, [id, filters]);

  const expandBy = async (choice?: ExpansionChoice) => {
    const subgraph = await expand(id, choice?.type);
    if (subgraph) setAdded(`${choice ? describeChoice(choice).split(':')[0] : 'all links'}: ${subgraph.nodes.length - 1} records drawn${subgraph.truncated ? ' (cut at the node limit)' : ''}`);
  };

  return (
    <section class="expand-menu" aria-label="Expand">
      <h3>Expand</h3>
      {choices === null && <p class="muted">Counting neighbours…</p>}
      {choices?.length === 0 && <p class="muted">No neighbours with the current filters.</p>}
      {choices && choices.length > 0 && (
        <ul>
          {choices.map((c) => (
            <li key={c.type}>
              <button type="button" class="expand-choice" data-type={c.type} data-total={c.total} onClick={() => void expandBy(c)}>
                {describeChoice(c)}
              </button>
            </li>
          ))}
          <li>
            <button type="button" class="expand-choice" data-type="ALL" onClick={() => void expandBy()}>
              every link, {filters.hops} hop{filters.hops > 1 ? 's' : ''} (as a double-click does)
            </button>
          </li>
        </ul>
      )}
      {added && <p class="muted">{added}</p>}
    </section>
  );
}
