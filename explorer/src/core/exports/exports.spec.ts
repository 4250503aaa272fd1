import { exportChoicesFor, fileName, isServiceFormat, onScreenSelection } from './actions';

describe('exports', () => {
  it('offers the referral bundle only to roles that may export bundles', () => {
    expect(exportChoicesFor(['read', 'export']).map((c) => c.format)).toEqual(['PNG', 'SVG', 'GEXF', 'GRAPHML', 'CYTOSCAPE']);
    expect(exportChoicesFor(['read', 'export', 'exportBundle']).map((c) => c.format)).toContain('BUNDLE');
    expect(exportChoicesFor(['read']).map((c) => c.format)).toEqual(['PNG', 'SVG']);
  });

  it('exports exactly what is on screen', () => {
    expect(onScreenSelection(['org:kgb', 'event:a'])).toEqual({ by: 'SEEDS', ids: ['event:a', 'org:kgb'], hops: 0 });
  });

  it('names files by time', () => {
    expect(fileName('evidence-graph', 'gexf', new Date('2026-01-02T03:04:05Z'))).toBe('evidence-graph-2026-01-02-03-04-05.gexf');
    expect(isServiceFormat('GEXF')).toBe(true);
    expect(isServiceFormat('PNG')).toBe(false);
  });
});
