/** What the evidence panel shows: a node or an edge of the canvas, by id. */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
