import { describeChoice, expansionChoices } from './actions';

describe('expansion menu', () => {
  const counts = [
    { type: 'PARTICIPATION' as const, kind: 'PERSON' as const, count: 2 },
    { type: 'PARTICIPATION' as const, kind: 'ORGANIZATION' as const, count: 1 },
    { type: 'EVENT_LINK' as const, kind: 'EVENT' as const, count: 2 },
    { type: 'PLACE' as const, kind: 'PLACE' as const, count: 0 },
  ];

  it('groups by type of link, the largest first, leaving out empty ones', () => {
    expect(expansionChoices(counts)).toEqual([
      {
        type: 'PARTICIPATION',
        total: 3,
        byKind: [
          { kind: 'PERSON', count: 2 },
          { kind: 'ORGANIZATION', count: 1 },
        ],
      },
      { type: 'EVENT_LINK', total: 2, byKind: [{ kind: 'EVENT', count: 2 }] },
    ]);
  });

  it('says it in words', () => {
    expect(expansionChoices(counts).map(describeChoice)).toEqual(['participations: 3 (2 persons, 1 organisation)', 'links between events: 2 (2 events)']);
  });
});
