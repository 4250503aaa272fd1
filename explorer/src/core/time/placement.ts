/**
 * Where nodes go when a drawing is redrawn for another date: those that stay keep their place; a new
 * one goes where the fresh layout put it relative to a neighbour that stayed (so a department that
 * replaces another above a unit appears where the other was), or moved as the rest moved; then
 * moved aside until it covers no other box.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Room kept between two boxes. */
const GAP = 24;

const overlap = (a: Point, as: Size, b: Point, bs: Size) => Math.abs(a.x - b.x) < (as.width + bs.width) / 2 + GAP && Math.abs(a.y - b.y) < (as.height + bs.height) / 2 + GAP;

/** Moves each new box sideways, away from the kept ones, until it overlaps none; kept boxes never move. */
function clearOverlaps(placed: Map<string, Point>, fresh: readonly string[], sizes: ReadonlyMap<string, Size>): void {
  const none = { width: 0, height: 0 };
  for (const id of fresh) {
    const size = sizes.get(id) ?? none;
    let at = placed.get(id)!;
    for (let tries = 0; tries < 100; tries++) {
      const hit = [...placed].find(([other, p]) => other !== id && overlap(at, size, p, sizes.get(other) ?? none));
      if (!hit) break;
      const [other, p] = hit;
      const side = at.x >= p.x ? 1 : -1;
      at = { x: p.x + side * (((sizes.get(other) ?? none).width + size.width) / 2 + GAP + 1), y: at.y };
    }
    placed.set(id, at);
  }
}

export function keepPlaces(
  previous: ReadonlyMap<string, Point>,
  laidOut: ReadonlyMap<string, Point>,
  edges: readonly { source: string; target: string }[],
  sizes: ReadonlyMap<string, Size> = new Map(),
): Map<string, Point> {
  const placed = new Map<string, Point>();
  const kept = [...laidOut.keys()].filter((id) => previous.has(id));
  for (const id of kept) placed.set(id, previous.get(id)!);
  // How the fresh layout sits relative to the old one, on average, for nodes with no kept neighbour.
  const shift = kept.length ? kept.reduce((s, id) => ({ x: s.x + previous.get(id)!.x - laidOut.get(id)!.x, y: s.y + previous.get(id)!.y - laidOut.get(id)!.y }), { x: 0, y: 0 }) : { x: 0, y: 0 };
  const mean = kept.length ? { x: shift.x / kept.length, y: shift.y / kept.length } : shift;
  for (const [id, p] of laidOut) {
    if (placed.has(id)) continue;
    const anchor = edges.map((e) => (e.source === id ? e.target : e.target === id ? e.source : null)).find((n): n is string => !!n && previous.has(n) && laidOut.has(n));
    const offset = anchor ? { x: previous.get(anchor)!.x - laidOut.get(anchor)!.x, y: previous.get(anchor)!.y - laidOut.get(anchor)!.y } : mean;
    placed.set(id, { x: p.x + offset.x, y: p.y + offset.y });
  }
  clearOverlaps(
    placed,
    [...laidOut.keys()].filter((id) => !previous.has(id)),
    sizes,
  );
  return placed;
}
