import type { Core } from 'cytoscape';

/** The canvas's Cytoscape instance, for the toolbar and the exports (one canvas per page). */
let current: Core | null = null;

export function setCanvas(cy: Core | null): void {
  current = cy;
}

export function canvas(): Core | null {
  return current;
}
