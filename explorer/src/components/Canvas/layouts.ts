/** The three layouts: force (fCoSE), hierarchy (dagre, top-down) and concentric (by degree). Pinned nodes stay put. */
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { LayoutName } from '../../core/view/types';
import { ringPositions } from './ring-layout';

let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  cytoscape.use(svg);
  registered = true;
}

/**
 * Above this many nodes the force layout gives way to rings by hops (ring-layout.ts), and new
 * nodes on such a canvas are only placed beside their neighbours. fCoSE's force refinement runs at
 * least five iterations per node with the page frozen meanwhile, so its time grows faster than the
 * canvas (measured by bench/explorer, docs/benchmarks.md); its spectral stage alone ('draft') is
 * fast but piles the leaves of a neighbourhood onto their hub. A canvas that large is an overview:
 * zoom in to read it.
 */
export const FORCE_LAYOUT_UP_TO = 300;

/** Few enough nodes for fCoSE to lay them out within a click's time. */
export const forceLayoutFits = (cy: Core) => cy.nodes().length <= FORCE_LAYOUT_UP_TO;

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
      if (!forceLayoutFits(cy)) return { name: 'preset', positions: ringPositions(cy), ...common };
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
