import { describeHit, groupResults } from './actions';

describe('search results', () => {
  it('groups by kind in a fixed order, best first in each', () => {
    const groups = groupResults([
      { id: 'e1', kind: 'EVENT', title: 'E1', detail: null, score: 1 },
      { id: 'p1', kind: 'PERSON', title: 'P1', detail: null, score: 2 },
      { id: 'e2', kind: 'EVENT', title: 'E2', detail: null, score: 3 },
    ]);
    expect(groups.map((g) => [g.title, g.results.map((r) => r.id)])).toEqual([
      ['Persons', ['p1']],
      ['Events', ['e2', 'e1']],
    ]);
  });

  it('describes hits by kind', () => {
    expect(describeHit('EVENT', { id: 'e', title: 'Raid', startDate: '2021-02', eventType: 'RAID' })).toEqual({ title: 'Raid', detail: '2021-02 · RAID' });
    expect(describeHit('PERSON', { id: 'p', name: 'Witness K-7', pseudonymised: true })).toEqual({ title: 'Witness K-7', detail: 'shown under a pseudonym' });
    expect(describeHit('ORGANIZATION', { id: 'o', name: 'Committee of State Security', shortName: 'KGB' })).toEqual({ title: 'Committee of State Security', detail: 'KGB' });
  });
});
