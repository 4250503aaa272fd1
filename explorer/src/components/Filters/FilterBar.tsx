/** Expansion filters: hops, a date window and a minimum grade, checked as they are typed. */
import { useState } from 'preact/hooks';
import { withFilter } from '../../core/filters/actions';
import { filtersStore } from '../../core/filters/state';
import type { Filters } from '../../core/filters/types';
import { MinimumGradeSelect } from '../MinimumGrade/MinimumGradeSelect';
import { useStore } from '../use-store';

export function FilterBar() {
  const filters = useStore(filtersStore);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (key: keyof Filters) => (e: Event) => {
    const result = withFilter(filtersStore.get(), key, (e.target as HTMLInputElement | HTMLSelectElement).value);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    filtersStore.set(result.filters);
  };
  return (
    <fieldset class="filters">
      <legend>Expansion filters</legend>
      <label>
        Hops <input type="number" min={1} max={4} value={filters.hops} onChange={change('hops')} />
      </label>
      <label>
        From <input type="text" placeholder="2020-08" value={filters.from ?? ''} onChange={change('from')} size={10} />
      </label>
      <label>
        To <input type="text" placeholder="2021" value={filters.to ?? ''} onChange={change('to')} size={10} />
      </label>
      <MinimumGradeSelect value={filters.minGrade} onChange={change('minGrade')} />
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
