/** The chain (or a chart) drawn top-down with dagre: superiors above, the event at the bottom; redrawn, what stays keeps its place. */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { ChainDrawing, ChainEvidence } from '../../core/chain/types';
import { keepPlaces } from '../../core/time/placement';
import { markPhase, runMarkedLayout } from '../../measure/phases';
import { edgeLook } from '../Canvas/canvas-style';
import { registerExtensions } from '../Canvas/layouts';
import { chainStyle } from './chain-style';

export function ChainGraph({ drawing, onEvidence }: { drawing: ChainDrawing; onEvidence: (evidence: ChainEvidence | null) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    registerExtensions();
    const cy = cytoscape({ container: container.current, style: chainStyle(), wheelSensitivity: 0.3, minZoom: 0.15, maxZoom: 1.5, autoungrabify: false });
    cyRef.current = cy;
    return () => cy.destroy();
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    markPhase('chain', 'elements');
    const evidence = new Map<string, ChainEvidence>();
    // Redrawn for another date or grade: what stays keeps its place (see core/time/placement).
    const previous = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    cy.elements().remove();
    cy.add([
      ...drawing.nodes.map((n) => {
        evidence.set(n.id, n.evidence);
        return { group: 'nodes' as const, data: { id: n.id, role: n.role, label: n.label, width: n.width, height: n.height, changed: n.changed ?? '' } };
      }),
      ...drawing.edges.map((e) => {
        evidence.set(e.id, e.evidence);
        return {
          group: 'edges' as const,
          data: {
            id: e.id,
            source: e.source,
            target: e.target,
            label: e.label,
            grade: e.grade,
            ...edgeLook(e.grade, 1.5, 4),
            validity: e.validity,
            weakest: e.weakest,
            closesCycle: e.closesCycle,
            appeared: e.appeared ?? false,
          },
        };
      }),
    ]);
    const kept = drawing.nodes.some((n) => previous.has(n.id));
    // Dagre without animation lays out at once: the kept boxes are put back right after.
    const layout = cy.layout({ name: 'dagre', rankDir: 'TB', nodeSep: 50, rankSep: 80, edgeSep: 20, padding: 30, fit: !kept, animate: false } as cytoscape.LayoutOptions);
    runMarkedLayout(cy, layout, 'chain');
    if (kept) {
      const laidOut = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      const sizes = new Map(drawing.nodes.map((n) => [n.id, { width: n.width, height: n.height }]));
      const placed = keepPlaces(previous, laidOut, drawing.edges, sizes);
      cy.nodes().forEach((n) => {
        n.position(placed.get(n.id())!);
      });
      cy.viewport(viewport);
      // Zoomed out only when something new lies outside the view: the boxes keep their places among themselves.
      const box = cy.elements().boundingBox();
      const seen = cy.extent();
      if (box.x1 < seen.x1 || box.x2 > seen.x2 || box.y1 < seen.y1 || box.y2 > seen.y2) cy.fit(undefined, 30);
    }
    // Where each box stands, on the element: what stays through a change of date can be checked from outside (the e2e tests).
    if (container.current)
      container.current.dataset.positions = JSON.stringify(Object.fromEntries(cy.nodes().map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }])));
    cy.off('tap');
    cy.on('tap', (e) => onEvidence(e.target === cy ? null : (evidence.get((e.target as cytoscape.SingularElementArgument).id()) ?? null)));
  }, [drawing]);

  return <div ref={container} class="chain-canvas" data-testid="chain-canvas" aria-label="Chain of command drawing" />;
}
