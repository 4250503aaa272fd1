import { mergeSubgraph } from '../graph/actions';
import { emptyGraph } from '../graph/state';
import { communityColour, communityLegend, decorations, MAX_SIZE, measuredIds, metricsShown, MIN_SIZE, nodeSize } from './actions';
import { defaultMetrics } from './state';

const values = {
  'org:kgb': { degree: 4, betweenness: 0.5, community: 0 },
  'event:a': { degree: 1, betweenness: 0, community: 0 },
  'person:p': { degree: 1, betweenness: 0, community: 1 },
};

describe('network metrics on the canvas', () => {
  it('measures every node but allegations, which the service does not take as seeds', () => {
    const graph = mergeSubgraph(emptyGraph, {
      nodes: [
        { id: 'org:kgb', kind: 'ORGANIZATION', label: 'KGB', shortLabel: null, category: null, startDate: null, endDate: null, pseudonymised: false },
        { id: 'alg:x', kind: 'ALLEGATION', label: 'x', shortLabel: null, category: null, startDate: null, endDate: null, pseudonymised: false },
      ],
      edges: [],
      truncated: false,
    });
    expect(measuredIds(graph)).toEqual(['org:kgb']);
  });

  it('sizes by the square root of the value, from the smallest to the largest size', () => {
    expect(nodeSize(4, 4)).toBe(MAX_SIZE);
    expect(nodeSize(0, 4)).toBe(MIN_SIZE);
    expect(nodeSize(1, 4)).toBe(Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) / 2));
    expect(nodeSize(3, 0)).toBe(MIN_SIZE);
  });

  it('sizes and colours only as asked', () => {
    expect(metricsShown(defaultMetrics)).toBe(false);
    const byDegree = decorations({ ...defaultMetrics, sizeBy: 'degree', values });
    expect(byDegree['org:kgb']).toEqual({ size: MAX_SIZE });
    const byCommunity = decorations({ ...defaultMetrics, colourBy: 'community', values });
    expect(byCommunity['person:p']).toEqual({ colour: communityColour(1) });
    expect(communityColour(12)).toBe(communityColour(0));
  });

  it('lists the communities largest first, with their best connected members', () => {
    expect(communityLegend(values, { 'org:kgb': 'KGB', 'event:a': 'Raid', 'person:p': 'Pavel' })).toEqual([
      { community: 0, colour: communityColour(0), count: 2, examples: ['KGB', 'Raid'] },
      { community: 1, colour: communityColour(1), count: 1, examples: ['Pavel'] },
    ]);
  });
});
