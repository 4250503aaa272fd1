import { describeStep, pathElementIds, pathProblem, pathSubgraph, pathVariables } from './actions';
import { defaultPathQuery } from './state';
import type { FoundPath } from './types';

const node = (id: string, label: string) => ({ id, kind: 'ORGANIZATION' as const, label, shortLabel: null, category: null, startDate: null, endDate: null, pseudonymised: false });
const PATH: FoundPath = {
  length: 2,
  grade: 'C4',
  steps: [
    {
      from: node('org:unit', 'Riot unit'),
      to: node('org:city', 'City department'),
      edge: { id: 'sub:1', source: 'org:unit', target: 'org:city', type: 'SUBORDINATION', label: 'COMMAND', factId: 'sub:1', startDate: null, endDate: null, grade: 'A1', citations: [] },
    },
    {
      from: node('org:city', 'City department'),
      to: node('org:ministry', 'Ministry'),
      edge: { id: 'sub:2', source: 'org:city', target: 'org:ministry', type: 'SUBORDINATION', label: 'COMMAND', factId: 'sub:2', startDate: null, endDate: null, grade: 'C4', citations: [] },
    },
  ],
};

describe('path finder', () => {
  it('asks only a question it can ask', () => {
    expect(pathProblem(defaultPathQuery)).toMatch(/Choose two entities/);
    expect(pathProblem({ ...defaultPathQuery, fromId: 'a', toId: 'a' })).toMatch(/same entity/);
    expect(pathProblem({ ...defaultPathQuery, fromId: 'a', toId: 'b', at: 'May' })).toMatch(/date/);
    expect(pathProblem({ ...defaultPathQuery, fromId: 'a', toId: 'b', maxHops: 6 })).toMatch(/1 to 5/);
    expect(pathProblem({ ...defaultPathQuery, fromId: 'a', toId: 'b', at: '2021-04' })).toBeNull();
  });

  it('sends what is set', () => {
    expect(pathVariables({ fromId: 'a', toId: 'b', at: null, minGrade: 'B2', maxHops: 3 })).toEqual({ fromId: 'a', toId: 'b', maxHops: 3, minGrade: 'B2' });
  });

  it('draws a path as its entities and facts, without the citations', () => {
    const drawn = pathSubgraph(PATH);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['org:unit', 'org:city', 'org:ministry']);
    expect(drawn.edges.map((e) => e.id)).toEqual(['sub:1', 'sub:2']);
    expect(drawn.edges[0]).not.toHaveProperty('citations');
    expect(pathElementIds(PATH)).toEqual(['org:unit', 'sub:1', 'org:city', 'sub:2', 'org:ministry']);
    expect(describeStep(PATH.steps[0]!)).toBe('Riot unit → City department (subordination: COMMAND)');
  });
});
