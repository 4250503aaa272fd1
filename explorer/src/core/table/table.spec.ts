import { mergeSubgraph } from '../graph/actions';
import { emptyGraph } from '../graph/state';
import { COLUMNS, rowsOf, sortedBy, sortRows, toCsv } from './actions';

const graph = mergeSubgraph(emptyGraph, {
  nodes: [
    { id: 'org:unit', kind: 'ORGANIZATION', label: 'Riot unit', shortLabel: null, category: 'UNIT', startDate: null, endDate: null, pseudonymised: false },
    { id: 'person:old', kind: 'PERSON', label: 'Oleg Old', shortLabel: null, category: null, startDate: null, endDate: null, pseudonymised: false },
    { id: 'person:new', kind: 'PERSON', label: 'nikolai New', shortLabel: null, category: null, startDate: null, endDate: null, pseudonymised: false },
  ],
  edges: [
    { id: 'post:old', source: 'person:old', target: 'org:unit', type: 'POSTING', label: 'COMMANDER', factId: 'post:old', startDate: '2019-01-01', endDate: '2021-04-14', grade: 'A1' },
    { id: 'post:new', source: 'person:new', target: 'org:unit', type: 'POSTING', label: 'COMMANDER', factId: 'post:new', startDate: '2021-04-15', endDate: null, grade: 'C3' },
  ],
  truncated: false,
});

describe('the table', () => {
  it('lists the entities and the facts on the canvas', () => {
    expect(rowsOf(graph, 'entities').map((r) => r.cells.name)).toEqual(['Riot unit', 'Oleg Old', 'nikolai New']);
    expect(rowsOf(graph, 'facts')[0]!.cells).toEqual({ kind: 'posting', name: 'Oleg Old → Riot unit (COMMANDER)', start: '2019-01-01', end: '2021-04-14', grade: 'A1', id: 'post:old' });
  });

  it('sorts by name without case, by grade by strength, empty cells last either way', () => {
    expect(sortRows(rowsOf(graph, 'entities'), { key: 'name', descending: false }).map((r) => r.id)).toEqual(['person:new', 'person:old', 'org:unit']);
    expect(sortRows(rowsOf(graph, 'facts'), { key: 'grade', descending: true }).map((r) => r.id)).toEqual(['post:new', 'post:old']);
    expect(sortRows(rowsOf(graph, 'facts'), { key: 'end', descending: true }).map((r) => r.id)).toEqual(['post:old', 'post:new']);
    expect(sortRows(rowsOf(graph, 'facts'), { key: 'end', descending: false }).map((r) => r.id)).toEqual(['post:old', 'post:new']);
    expect(sortedBy({ key: 'name', descending: false }, 'name')).toEqual({ key: 'name', descending: true });
    expect(sortedBy({ key: 'name', descending: true }, 'grade')).toEqual({ key: 'grade', descending: false });
  });

  it('writes CSV with quoting, and no cell a spreadsheet would run as a formula', () => {
    const rows = [
      { id: 'a', cells: { kind: 'person', name: 'Smith, "J"', category: '=HYPERLINK("x")', start: '', end: '', id: 'a' } },
      { id: 'b', cells: { kind: 'person', name: '-1+1', category: 'line\nbreak', start: '', end: '', id: 'b' } },
    ];
    expect(toCsv(COLUMNS.entities, rows)).toBe('Kind,Name,Category,From,Until,Id\r\nperson,"Smith, ""J""","\'=HYPERLINK(""x"")",,,a\r\nperson,\'-1+1,"line\nbreak",,,b\r\n');
  });
});
