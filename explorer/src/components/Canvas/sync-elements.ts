/** Brings Cytoscape's elements in line with the graph state: adds, removes, updates, pins. */
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdgeData, GraphNodeData, GraphState, Position } from '../../core/graph/types';
import { edgeLook } from './canvas-style';
import { DIRECT_REFERENCES } from './kinds';
import { FORCE_LAYOUT_UP_TO } from './layouts';

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function nodeElement(n: GraphNodeData, hint?: Position): ElementDefinition {
  // Where it stood (undo, a saved view), or spread out until the layout places it: nodes on one spot cannot have their edges drawn.
  const position = hint ? { x: hint.x, y: hint.y } : { x: (Math.random() - 0.5) * 400, y: (Math.random() - 0.5) * 400 };
  return { group: 'nodes', position, data: { id: n.id, kind: n.kind, label: n.label, display: shorten(n.shortLabel ?? n.label), pseudonymised: n.pseudonymised } };
}

function edgeElement(e: GraphEdgeData, overview: boolean): ElementDefinition {
  return {
    group: 'edges',
    data: { id: e.id, source: e.source, target: e.target, type: e.type, grade: e.grade, ...edgeLook(e.grade), display: `${e.label ?? e.type.toLowerCase()}${e.grade ? ` · ${e.grade}` : ''}` },
    classes: [...(DIRECT_REFERENCES.includes(e.type) ? ['direct'] : []), ...(overview ? ['overview'] : [])].join(' '),
  };
}

/** Returns the ids of the nodes added; `hints` say where some of them stood. */
export function syncElements(cy: Core, graph: GraphState, hints: Record<string, Position> = {}): string[] {
  const added: string[] = [];
  // Plain lines on a canvas too large for the force layout (canvas-style.ts).
  const overview = Object.keys(graph.nodes).length > FORCE_LAYOUT_UP_TO;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (!graph.nodes[node.id()]) node.remove();
    });
    cy.edges().forEach((edge) => {
      if (!graph.edges[edge.id()]) edge.remove();
    });
    const fresh: ElementDefinition[] = [];
    for (const n of Object.values(graph.nodes)) {
      const existing = cy.getElementById(n.id);
      if (existing.empty()) {
        fresh.push(nodeElement(n, hints[n.id]));
        added.push(n.id);
      } else existing.data(nodeElement(n).data);
    }
    for (const e of Object.values(graph.edges)) if (cy.getElementById(e.id).empty()) fresh.push(edgeElement(e, overview));
    // Edges drawn before the canvas grew past (or shrank below) the force layout's size change look.
    cy.edges(overview ? ':not(.overview)' : '.overview').toggleClass('overview', overview);
    cy.add(fresh);
    cy.nodes().forEach((node) => {
      const pin = graph.pinned[node.id()];
      if (pin) {
        node.unlock().position(pin).lock().addClass('pinned');
      } else if (node.locked()) node.unlock().removeClass('pinned');
    });
  });
  return added;
}
