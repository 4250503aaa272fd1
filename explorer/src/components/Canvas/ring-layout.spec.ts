import cytoscape from 'cytoscape';
import { ringPositions } from './ring-layout';

/** A hub with four spokes, one spoke with two leaves of its own, and a separate pair. */
function canvas() {
  const edges: [string, string][] = [
    ['hub', 'a'],
    ['hub', 'b'],
    ['c', 'hub'],
    ['hub', 'd'],
    ['a', 'a1'],
    ['a', 'a2'],
    ['x', 'y'],
  ];
  const ids = [...new Set(edges.flat())];
  return cytoscape({
    headless: true,
    elements: [...ids.map((id) => ({ data: { id } })), ...edges.map(([source, target]) => ({ data: { id: `${source}-${target}`, source, target } }))],
  });
}

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('rings by hops', () => {
  it('draws each part around its most connected node, a ring per hop, no two nodes on one spot', () => {
    const at = ringPositions(canvas());
    const centre = at.hub!;
    const [one, two] = [distance(at.a!, centre), distance(at.a1!, centre)];
    expect(distance(at.b!, centre)).toBeCloseTo(one);
    expect(distance(at.c!, centre)).toBeCloseTo(one);
    expect(distance(at.d!, centre)).toBeCloseTo(one);
    expect(two).toBeGreaterThan(one);
    expect(distance(at.a2!, centre)).toBeCloseTo(two);
    const points = Object.values(at);
    for (const [i, p] of points.entries()) for (const q of points.slice(i + 1)) expect(distance(p, q)).toBeGreaterThan(30);
    // The second part beside the first.
    expect(Math.min(at.x!.x, at.y!.x)).toBeGreaterThan(Math.max(...['hub', 'a', 'b', 'c', 'd', 'a1', 'a2'].map((id) => at[id]!.x)));
  });

  it('leaves pinned nodes where they are', () => {
    const cy = canvas();
    cy.getElementById('b').position({ x: -999, y: 42 }).addClass('pinned');
    expect(ringPositions(cy).b).toEqual({ x: -999, y: 42 });
  });
});
