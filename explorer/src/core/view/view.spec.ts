import { defaultFilters } from '../filters/state';
import { mergeSubgraph } from '../graph/actions';
import { emptyGraph } from '../graph/state';
import { restoreView, serialiseView } from './actions';

describe('view state', () => {
  const graph = mergeSubgraph(emptyGraph, {
    nodes: [{ id: 'org:kgb', kind: 'ORGANIZATION', label: 'KGB', shortLabel: 'KGB', category: 'AGENCY', startDate: null, endDate: null, pseudonymised: false }],
    edges: [],
    truncated: false,
  });

  it('round-trips through JSON', () => {
    const view = { graph, filters: { ...defaultFilters, minGrade: 'B2' }, layout: 'dagre' as const, selection: { kind: 'node' as const, id: 'org:kgb' } };
    expect(restoreView(serialiseView(view))).toEqual({ version: 1, ...view });
  });

  it('ignores what is not a saved view, and mends an unknown layout', () => {
    expect(restoreView(null)).toBeNull();
    expect(restoreView('{')).toBeNull();
    expect(restoreView('{"version":2}')).toBeNull();
    const mended = restoreView(JSON.stringify({ version: 1, graph, filters: {}, layout: 'spiral', selection: 'x' }));
    expect(mended).toEqual({ version: 1, graph, filters: defaultFilters, layout: 'fcose', selection: null });
  });
});
