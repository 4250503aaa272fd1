import { defaultFilters } from '../filters/state';
import { mergeSubgraph } from '../graph/actions';
import { emptyGraph } from '../graph/state';
import type { GraphEdgeData, GraphNodeData } from '../graph/types';
import { defaultPanels } from '../panels/state';
import { defaultPathQuery } from '../paths/state';
import { restoredGraph, restoreRequests, savedViewOf, type ExplorerState } from './actions';
import { decodeView, encodeView, splitFragmentView, viewLink } from './encoding';
import { validateSavedView } from './validate';

const node = (id: string, kind: GraphNodeData['kind'] = 'ORGANIZATION'): GraphNodeData => ({
  id,
  kind,
  label: id,
  shortLabel: null,
  category: null,
  startDate: null,
  endDate: null,
  pseudonymised: false,
});
const edge = (id: string, source: string, target: string): GraphEdgeData => ({ id, source, target, type: 'SUBORDINATION', label: 'COMMAND', factId: id, startDate: null, endDate: null, grade: 'A1' });

const graph = mergeSubgraph(emptyGraph, {
  nodes: [node('org:unit'), node('org:city'), node('alg:x', 'ALLEGATION'), node('person:p', 'PERSON')],
  edges: [edge('sub:1', 'org:unit', 'org:city'), { ...edge('alg:x|ACCUSED|person:p', 'alg:x', 'person:p'), type: 'ACCUSED' }],
  truncated: false,
});
const STATE: ExplorerState = {
  graph: { ...graph, pinned: { 'org:city': { x: 5, y: 6 } } },
  positions: { 'org:unit': { x: 10.4, y: -3.6 }, 'org:city': { x: 5, y: 6 }, 'alg:x': { x: 1, y: 1 }, 'person:p': { x: 2, y: 2 } },
  layout: 'dagre',
  filters: { ...defaultFilters, minGrade: 'B2' },
  selection: { kind: 'node', id: 'org:unit' },
  panels: { right: 'timeline', table: true },
  metrics: { sizeBy: 'degree', colourBy: 'community' },
  table: { tab: 'facts', sort: { key: 'grade', descending: true } },
  chain: { eventId: 'event:raid', minGrade: null, at: '2021-04-15' },
  chart: null,
  paths: defaultPathQuery,
};

describe('saved views', () => {
  const view = savedViewOf(STATE);

  it('holds ids, places and settings, never the records nor a token', () => {
    expect(view.nodes[0]).toEqual({ id: 'org:unit', kind: 'ORGANIZATION', x: 10, y: -4 });
    expect(view.nodes[1]).toEqual({ id: 'org:city', kind: 'ORGANIZATION', x: 5, y: 6, pinned: true });
    expect(JSON.stringify(view)).not.toMatch(/label|token|eyJ/);
    expect(view.paths).toBeNull();
  });

  it('round-trips through a link, deflated, and checks what it reads', async () => {
    const encoded = await encodeView(view);
    expect(encoded).toMatch(/^z\.[A-Za-z0-9_-]+$/);
    expect(await decodeView(encoded)).toEqual({ view });
    expect(await decodeView(encoded.slice(0, 20))).toEqual({ problem: 'the view in the link is damaged (cut short when copied?)' });
    expect(await decodeView('nonsense')).toEqual({ problem: 'the link does not hold a saved view' });
    expect(viewLink('http://127.0.0.1:4000', encoded)).toBe(`http://127.0.0.1:4000/explorer/#view=${encoded}`);
  });

  it('takes the view out of the fragment and leaves the token for the sign-in', () => {
    expect(splitFragmentView('#view=z.abc&token=t')).toEqual({ view: 'z.abc', rest: '#token=t' });
    expect(splitFragmentView('#token=t')).toEqual({ view: null, rest: '#token=t' });
  });

  it('refuses what is not a view, and mends settings it does not know', () => {
    expect(validateSavedView({ format: 'x' })).toEqual({ problem: 'not a saved view of the explorer (format "evidence-graph.view" expected)' });
    expect(validateSavedView({ ...view, version: 2 })).toEqual({ problem: 'saved view version 2: this explorer opens version 1' });
    expect(validateSavedView({ ...view, nodes: [{ id: 'x', kind: 'SPACESHIP' }] })).toEqual({ problem: 'nodes[0]: expected an id and a kind' });
    const mended = validateSavedView({ ...view, layout: 'spiral', panels: { right: 'nowhere' }, filters: { hops: 9, minGrade: 'Z9' }, chain: { eventId: 'e', at: 'soon' } });
    if (!('view' in mended)) throw new Error(mended.problem);
    expect([mended.view.layout, mended.view.panels, mended.view.filters, mended.view.chain]).toEqual(['fcose', defaultPanels, defaultFilters, { eventId: 'e', minGrade: null, at: null }]);
  });

  it('asks for the entities in parts and the allegations through their parties', () => {
    expect(restoreRequests(view, 2)).toEqual({ entityChunks: [['org:unit', 'org:city'], ['person:p']], allegations: ['alg:x'], parties: ['person:p'] });
  });

  it('draws again what the viewer may see, with the links the view had, pins in place, and counts the rest', () => {
    const answer = {
      nodes: [node('org:unit'), node('org:city'), node('org:other')],
      edges: [edge('sub:1', 'org:unit', 'org:city'), edge('sub:2', 'org:unit', 'org:other')],
      truncated: false,
    };
    const restored = restoredGraph(view, [answer]);
    expect(Object.keys(restored.graph.nodes)).toEqual(['org:unit', 'org:city']);
    expect(Object.keys(restored.graph.edges)).toEqual(['sub:1']);
    expect(restored.graph.pinned).toEqual({ 'org:city': { x: 5, y: 6 } });
    expect(restored.positions['org:unit']).toEqual({ x: 10, y: -4 });
    expect(restored.missing).toBe(2);
  });
});
