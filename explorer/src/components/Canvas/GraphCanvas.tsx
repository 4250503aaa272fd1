/**
 * The canvas: Cytoscape.js (Canvas renderer) drawing the graph state. Clicking selects (the
 * evidence panel opens), double-clicking expands with the current filters, dragging a pinned node
 * moves its pin. Labels are drawn on the canvas as text, never as markup.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { expand, pin } from '../../commands/canvas';
import { graphStore } from '../../core/graph/state';
import { selectionStore } from '../../core/selection/state';
import { setPositionReader, placementStore } from '../../core/view/placement';
import { layoutStore } from '../../core/view/state';
import { markPhase, runMarkedLayout } from '../../measure/phases';
import { useStore } from '../use-store';
import { setCanvas } from './canvas-instance';
import { canvasStyle } from './canvas-style';
import { layoutOptions, forceLayoutFits, registerExtensions } from './layouts';
import { syncElements } from './sync-elements';

function runLayout(cy: Core, fit: boolean, onlyNew: string[] | null): void {
  if (cy.nodes().empty()) return;
  const name = layoutStore.get();
  // New nodes of an incremental force layout start beside what they are linked to.
  if (onlyNew && name === 'fcose') {
    for (const id of onlyNew) {
      const node = cy.getElementById(id);
      const anchor = node
        .neighborhood()
        .nodes()
        .filter((n) => !onlyNew.includes(n.id()))[0];
      if (anchor) node.position({ x: anchor.position('x') + (Math.random() - 0.5) * 80, y: anchor.position('y') + (Math.random() - 0.5) * 80 });
    }
    // A large canvas is not laid out again for a few nodes: they stay beside their neighbours.
    if (!forceLayoutFits(cy)) return;
  }
  const layout = cy.layout(layoutOptions(name, cy, fit, onlyNew === null));
  // A few nodes fitted to the whole canvas would be drawn huge: no closer than 1.2.
  if (fit)
    layout.one('layoutstop', () => {
      if (cy.zoom() > 1.2) cy.zoom(1.2).center();
    });
  runMarkedLayout(cy, layout, 'canvas');
}

function listen(cy: Core): void {
  cy.on('tap', 'node', (e) => selectionStore.set({ kind: 'node', id: (e.target as cytoscape.NodeSingular).id() }));
  cy.on('tap', 'edge', (e) => selectionStore.set({ kind: 'edge', id: (e.target as cytoscape.EdgeSingular).id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) selectionStore.set(null);
  });
  cy.on('dbltap', 'node', (e) => void expand((e.target as cytoscape.NodeSingular).id()));
  cy.on('dragfree', 'node.pinned', (e) => {
    const node = e.target as cytoscape.NodeSingular;
    pin({ [node.id()]: node.position() });
  });
}

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const graph = useStore(graphStore);
  const layout = useStore(layoutStore);
  const selection = useStore(selectionStore);

  useEffect(() => {
    registerExtensions();
    const cy = cytoscape({ container: container.current, style: canvasStyle(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: true });
    listen(cy);
    cyRef.current = cy;
    setCanvas(cy);
    setPositionReader(() => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])));
    return () => {
      setCanvas(null);
      cy.destroy();
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    markPhase('canvas', 'elements');
    const before = cy.nodes().length;
    const hints = placementStore.get();
    const added = syncElements(cy, graph, hints);
    if (Object.keys(hints).length) placementStore.set({});
    // Nodes put back where they stood (undo, a saved view) are not laid out again.
    const unplaced = added.filter((id) => !hints[id]);
    // More new nodes than drawn ones: a fresh layout; a few: placed beside their neighbours, the rest kept.
    const large = before === 0 || unplaced.length > before;
    if (unplaced.length) runLayout(cy, large, large ? null : unplaced);
    // A canvas put back whole (a saved view) is shown whole.
    else if (added.length && added.length === cy.nodes().length) {
      cy.fit(undefined, 40);
      if (cy.zoom() > 1.2) cy.zoom(1.2).center();
    }
  }, [graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) runLayout(cy, true, null);
  }, [layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements(':selected').unselect();
    if (selection) cy.getElementById(selection.id).select();
  }, [selection, graph]);

  const empty = Object.keys(graph.nodes).length === 0;
  return (
    <div class="canvas-frame">
      <div ref={container} class="canvas" data-testid="canvas" data-region="canvas" tabIndex={0} aria-label="Graph canvas" />
      {empty && <p class="canvas-empty">The canvas is empty. Search on the left and choose a result to draw it here; double-click a node to expand it.</p>}
    </div>
  );
}
