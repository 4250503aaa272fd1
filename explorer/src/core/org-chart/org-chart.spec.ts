import { chartToDrawing, today } from './actions';
import type { ChartAnswer } from './types';
import { markChanges } from '../time/marking';
import { diffCommand } from '../time/diff';

const commander = (name: string) => ({
  posting: { id: `post:${name}` },
  person: { id: `person:${name}`, name, pseudonymised: false },
  role: 'COMMANDER',
  title: null,
  validity: 'CERTAIN',
  grade: 'A1',
});

const chart = (name: string): ChartAnswer => ({
  at: '2021-04-15',
  direction: 'UP',
  depth: 10,
  minGrade: null,
  depthLimited: false,
  organization: { id: 'org:unit', name: 'Riot unit', shortName: null },
  levels: [
    { level: 0, organizations: [{ organization: { id: 'org:unit', name: 'Riot unit', shortName: null }, pathGrade: null, commanders: [commander(name)] }] },
    { level: 1, organizations: [{ organization: { id: 'org:regional', name: 'Regional department', shortName: null }, pathGrade: 'A1', commanders: [] }] },
  ],
  links: [
    { subordination: { id: 'sub:r' }, child: { id: 'org:unit' }, parent: { id: 'org:regional' }, startDate: '2021-03', endDate: null, validity: 'POSSIBLE', level: 1, closesCycle: false, grade: 'A1' },
  ],
  cycles: [],
  excluded: [],
});

describe('organisation chart drawing', () => {
  it('draws the organisations with their commanders inside and the links superior to subordinate', () => {
    const drawing = chartToDrawing(chart('Nikolai New'));
    expect(drawing.nodes.map((n) => [n.id, n.label])).toEqual([
      ['org:unit', 'Riot unit\n▸ Nikolai New: COMMANDER · A1 · certain'],
      ['org:regional', 'Regional department\nno commander known at this date'],
    ]);
    expect(drawing.edges.map((e) => [e.source, e.target, e.label, e.validity])).toEqual([['org:regional', 'org:unit', 'A1 · possible', 'POSSIBLE']]);
    expect(drawing.nodes[1]!.evidence.lines[0]).toBe('1 level above');
  });

  it('says when no link holds at the date', () => {
    expect(chartToDrawing({ ...chart('x'), links: [] }).notes).toEqual(['No command link above Riot unit holds at 2021-04-15.']);
  });

  it('marks a replaced commander on the drawing, saying whom he replaces', () => {
    const drawing = markChanges(chartToDrawing(chart('Nikolai New')), diffCommand(chart('Oleg Old'), chart('Nikolai New')));
    expect(drawing.nodes[0]).toEqual(expect.objectContaining({ changed: 'replaced', label: 'Riot unit\n▸ Nikolai New: COMMANDER · A1 · certain\n(replaces Oleg Old)' }));
    expect(drawing.nodes[1]!.changed).toBeUndefined();
  });

  it('opens at today by default', () => {
    expect(today(new Date('2026-03-04T23:00:00Z'))).toBe('2026-03-04');
  });
});
