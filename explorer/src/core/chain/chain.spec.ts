import { chainToDrawing, wrap } from './actions';
import type { ChainAnswer } from './types';

const CHAIN: ChainAnswer = {
  at: '2021-05-20',
  depth: 2,
  minGrade: null,
  grade: 'C4',
  validity: 'CERTAIN',
  depthLimited: true,
  event: { id: 'event:raid', title: 'Raid', startDate: '2021-05-20' },
  directActors: [{ role: 'DIRECTLY_PERPETRATED', grade: 'A1', participation: { id: 'part:1' }, actor: { __typename: 'Organization', id: 'org:unit', name: 'Riot unit', shortName: null } }],
  units: [{ organization: { id: 'org:unit' }, reasons: [{ kind: 'ACTOR', posting: null }] }],
  levels: [
    {
      level: 0,
      organizations: [
        {
          organization: { id: 'org:unit', name: 'Riot unit', shortName: null },
          pathGrade: 'A1',
          commanders: [
            {
              posting: { id: 'post:c' },
              person: { id: 'p:c', name: 'Nikolai New', pseudonymised: false },
              role: 'COMMANDER',
              title: null,
              validity: 'CERTAIN',
              grade: 'A1',
            },
          ],
        },
      ],
    },
    { level: 1, organizations: [{ organization: { id: 'org:ministry', name: 'Ministry', shortName: 'MVD' }, pathGrade: 'A1', commanders: [] }] },
    { level: 2, organizations: [{ organization: { id: 'org:president', name: 'President', shortName: null }, pathGrade: 'C4', commanders: [] }] },
  ],
  links: [
    { subordination: { id: 'sub:1' }, child: { id: 'org:unit' }, parent: { id: 'org:ministry' }, startDate: null, endDate: null, validity: 'CERTAIN', level: 1, closesCycle: false, grade: 'A1' },
    {
      subordination: { id: 'sub:2' },
      child: { id: 'org:ministry' },
      parent: { id: 'org:president' },
      startDate: '2020',
      endDate: null,
      validity: 'POSSIBLE',
      level: 2,
      closesCycle: false,
      grade: 'C4',
    },
    { subordination: { id: 'sub:3' }, child: { id: 'org:president' }, parent: { id: 'org:ministry' }, startDate: null, endDate: null, validity: 'CERTAIN', level: 3, closesCycle: true, grade: 'A2' },
  ],
  cycles: [
    {
      cutAt: 'sub:3',
      organizations: [
        { id: 'org:ministry', name: 'Ministry' },
        { id: 'org:president', name: 'President' },
      ],
    },
  ],
  excluded: [],
};

describe('chain of command drawing', () => {
  const drawing = chainToDrawing(CHAIN);

  it('draws the event, the actor, every level, with commanders inside their organisation', () => {
    expect(drawing.nodes.map((n) => [n.id, n.role])).toEqual([
      ['event:raid', 'event'],
      ['org:unit', 'organization'],
      ['org:ministry', 'organization'],
      ['org:president', 'organization'],
      ['depth-limit', 'depth-limit'],
    ]);
    expect(drawing.nodes.find((n) => n.id === 'org:unit')!.label).toBe('Riot unit\n▸ Nikolai New: COMMANDER · A1 · certain');
    expect(drawing.nodes.find((n) => n.id === 'org:ministry')!.label).toBe('Ministry (MVD)\nno commander known at this date');
  });

  it('runs edges from superior to subordinate, labelled with grade and validity; the weakest marked', () => {
    expect(drawing.edges.map((e) => [e.source, e.target, e.label, e.weakest])).toEqual([
      ['org:unit', 'event:raid', 'DIRECTLY_PERPETRATED · A1', false],
      ['org:ministry', 'org:unit', 'A1', false],
      ['org:president', 'org:ministry', 'C4 · possible', true],
      ['org:ministry', 'org:president', 'A2 · cycle cut', false],
      ['depth-limit', 'org:president', '…', false],
    ]);
    expect(drawing.edges[3]!.closesCycle).toBe(true);
    expect(drawing.edges[1]!.evidence.recordIds).toEqual(['sub:1']);
    expect(drawing.nodes.find((n) => n.id === 'org:unit')!.evidence.recordIds).toEqual(['post:c']);
  });

  it('says what is cut and where the walk stopped', () => {
    expect(drawing.notes).toEqual([
      'The walk stopped at the depth limit (2 levels): command links continue above the top of this drawing.',
      'Cycle: Ministry → President; cut at sub:3 (drawn dotted).',
    ]);
  });

  it('wraps long names at spaces', () => {
    expect(wrap('a b c d', 3)).toEqual(['a b', 'c d']);
  });
});
