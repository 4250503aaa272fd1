/**
 * Rings by hops: the layout of a canvas too large for a force layout. Each connected part is drawn
 * around its most connected node, every other node on the ring of its distance from it (a
 * breadth-first walk), in the order of the nodes that reached it, so that a branch stays together
 * and few edges cross. A crowded ring is split into up to four staggered rings. Parts are set side
 * by side, in the order of their most connected nodes; pinned nodes keep their place. It takes time linear in the nodes and
 * edges (a few milliseconds for 2,000 nodes), where fCoSE takes seconds.
 */
import type { Core, Position } from 'cytoscape';

/** Between the centres of neighbours on a ring (a node is 30 wide). */
const SPACING = 40;
/** At least between a ring and the next. */
const RING_GAP = 150;
/** Between the staggered rings of a crowded ring. */
const STAGGER = 45;
const MAX_STAGGERED = 4;

interface Placed {
  /** Centred on the part's root. */
  positions: Map<string, Position>;
  radius: number;
}

function adjacency(cy: Core): Map<string, string[]> {
  const next = new Map<string, string[]>(cy.nodes().map((n) => [n.id(), []]));
  cy.edges().forEach((e) => {
    const [s, t] = [e.source().id(), e.target().id()];
    if (s === t) return;
    next.get(s)?.push(t);
    next.get(t)?.push(s);
  });
  for (const list of next.values()) list.sort();
  return next;
}

/** The rings of one part, walked from `root`: each node in the order its earliest-placed neighbour was placed. */
function rings(root: string, next: Map<string, string[]>, seen: Set<string>): string[][] {
  const result = [[root]];
  seen.add(root);
  for (let ring = result[0]!; ring.length;) {
    const outer: string[] = [];
    for (const id of ring)
      for (const n of next.get(id) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        outer.push(n);
      }
    if (outer.length) result.push(outer);
    ring = outer;
  }
  return result;
}

function placeRings(partRings: string[][]): Placed {
  const positions = new Map<string, Position>([[partRings[0]![0]!, { x: 0, y: 0 }]]);
  let outer = 0;
  for (const ring of partRings.slice(1)) {
    const inner = outer + RING_GAP;
    const staggered = Math.min(MAX_STAGGERED, Math.max(1, Math.ceil((ring.length * SPACING) / (2 * Math.PI * inner))));
    const radius = Math.max(inner, (ring.length * SPACING) / (2 * Math.PI * staggered));
    ring.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ring.length;
      const r = radius + (i % staggered) * STAGGER;
      positions.set(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    });
    outer = radius + (staggered - 1) * STAGGER;
  }
  return { positions, radius: outer };
}

/** Positions for every node of the canvas. */
export function ringPositions(cy: Core): Record<string, Position> {
  const next = adjacency(cy);
  const byDegree = [...next.keys()].sort((a, b) => next.get(b)!.length - next.get(a)!.length || a.localeCompare(b));
  const seen = new Set<string>();
  const parts: Placed[] = [];
  for (const root of byDegree) if (!seen.has(root)) parts.push(placeRings(rings(root, next, seen)));
  const positions: Record<string, Position> = {};
  let x = 0;
  for (const part of parts) {
    x += part.radius;
    for (const [id, p] of part.positions) positions[id] = { x: p.x + x, y: p.y };
    x += part.radius + RING_GAP;
  }
  cy.nodes('.pinned').forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  return positions;
}
