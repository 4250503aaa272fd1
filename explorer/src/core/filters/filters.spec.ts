import { EXPANSION_NODE_LIMIT, expansionNodeLimit, filterVariables, isPartialDate, withFilter } from './actions';
import { defaultFilters } from './state';

describe('filters', () => {
  it('accepts hops 1 to 4', () => {
    expect(withFilter(defaultFilters, 'hops', '3')).toEqual({ filters: { ...defaultFilters, hops: 3 } });
    expect(withFilter(defaultFilters, 'hops', '5')).toEqual({ problem: 'hops must be a whole number from 1 to 4' });
    expect(withFilter(defaultFilters, 'hops', '1.5')).toHaveProperty('problem');
  });

  it('accepts partial dates, and empty for an open end', () => {
    expect(['2020', '2020-08', '2020-08-09'].every(isPartialDate)).toBe(true);
    expect(['20', '2020-13', '2020-8'].some(isPartialDate)).toBe(false);
    expect(withFilter(defaultFilters, 'from', ' 2020-08 ')).toEqual({ filters: { ...defaultFilters, from: '2020-08' } });
    expect(withFilter({ ...defaultFilters, to: '2021' }, 'to', '')).toEqual({ filters: defaultFilters });
    expect(withFilter(defaultFilters, 'to', 'last year')).toHaveProperty('problem');
  });

  it('accepts grades in either case', () => {
    expect(withFilter(defaultFilters, 'minGrade', 'b2')).toEqual({ filters: { ...defaultFilters, minGrade: 'B2' } });
    expect(withFilter(defaultFilters, 'minGrade', 'B9')).toHaveProperty('problem');
  });

  it('sends only what is set', () => {
    expect(filterVariables(defaultFilters)).toEqual({});
    expect(filterVariables({ hops: 2, from: '2020', to: null, minGrade: 'C3' })).toEqual({ from: '2020', minGrade: 'C3' });
  });

  it('takes an expansion node limit from the address, within the service limit', () => {
    expect(expansionNodeLimit('')).toBe(EXPANSION_NODE_LIMIT);
    expect(expansionNodeLimit('#nodeLimit=2000')).toBe(2000);
    expect(expansionNodeLimit('#other=1&nodeLimit=500')).toBe(500);
    expect(expansionNodeLimit('#nodeLimit=99999')).toBe(5000);
    for (const bad of ['#nodeLimit=', '#nodeLimit=0', '#nodeLimit=1.5', '#nodeLimit=many']) expect(expansionNodeLimit(bad)).toBe(EXPANSION_NODE_LIMIT);
  });
});
