/**
 * Where nodes go when a drawing is redrawn for another date: those that stay keep their place; a new
 * one goes where the fresh layout put it relative to a neighbour that stayed (so a department that
 * replaces another above a unit appears where the other was), or moved as the rest moved.
 */
export interface Point {
  x: number;
  y: number;
}

export function keepPlaces(previous: ReadonlyMap<string, Point>, laidOut: ReadonlyMap<string, Point>, edges: readonly { source: string; target: string }[]): Map<string, Point> {
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
  return placed;
}
