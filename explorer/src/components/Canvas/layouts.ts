/** The three layouts: force (fCoSE), hierarchy (dagre, top-down) and concentric (by degree). Pinned nodes stay put. */
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { LayoutName } from '../../core/view/types';

let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  cytoscape.use(svg);
  registered = true;
}

/**
 * `afresh`: lay everything out anew (the first drawing, a large expansion, another layout chosen);
 * otherwise a force layout refines the current positions, so what was drawn stays where it was.
 */
export function layoutOptions(name: LayoutName, cy: Core, fit: boolean, afresh: boolean): LayoutOptions {
  const common = { fit, padding: 40, animate: false };
  switch (name) {
    case 'dagre':
      return { name: 'dagre', rankDir: 'TB', nodeSep: 120, rankSep: 90, ...common } as LayoutOptions;
    case 'concentric':
      return { name: 'concentric', minNodeSpacing: 40, concentric: (n: cytoscape.NodeSingular) => n.degree(false), levelWidth: () => 2, ...common };
    default: {
      const fixed = cy.nodes('.pinned').map((n) => ({ nodeId: n.id(), position: n.position() }));
      return {
        name: 'fcose',
        quality: 'default',
        randomize: afresh && cy.nodes().length > 1,
        nodeRepulsion: 12000,
        idealEdgeLength: cy.nodes().length > 60 ? 150 : 110,
        fixedNodeConstraint: fixed.length ? fixed : undefined,
        ...common,
      } as LayoutOptions;
    }
  }
}
