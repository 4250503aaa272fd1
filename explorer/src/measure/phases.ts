/**
 * User Timing marks (`performance.mark`) at the phases of drawing a view, so that a benchmark
 * (bench/explorer) can say where the time between a click and the drawing goes: the user's action,
 * the service's answer, the elements handed to Cytoscape, the layout's start and end, and the first
 * frame painted after it. A mark is a name and a time, nothing of the data; each replaces the last
 * mark of its name, so they do not pile up however long the page is used.
 */
import type { Core, Layouts } from 'cytoscape';

/** The two drawings: the canvas (search, expansion) and the chain-of-command view. */
export type DrawnView = 'canvas' | 'chain';
export type Phase = 'action' | 'answer' | 'elements' | 'layout' | 'laid-out' | 'painted';

export const markName = (view: DrawnView, phase: Phase) => `explorer:${view}:${phase}`;

export function markPhase(view: DrawnView, phase: Phase): void {
  const name = markName(view, phase);
  performance.clearMarks(name);
  performance.mark(name);
}

/**
 * Runs a layout, marking its start, its end and the first frame painted after it: Cytoscape draws
 * the laid-out elements on its next animation frame (its `render` event), and the frame after that
 * one begins once the drawing is on screen.
 */
export function runMarkedLayout(cy: Core, layout: Layouts, view: DrawnView): void {
  layout.one('layoutstop', () => {
    markPhase(view, 'laid-out');
    cy.one('render', () => requestAnimationFrame(() => markPhase(view, 'painted')));
  });
  markPhase(view, 'layout');
  layout.run();
}
