/** The canvas's Cytoscape stylesheet: nodes by kind, facts coloured and sized by grade. */
import type { StylesheetJson } from 'cytoscape';
import { gradeColour, gradeStrength } from '../../core/grades/grades';
import type { NodeKind } from '../../core/graph/types';
import { decorationStyle } from './decoration-style';
import { KIND_LOOKS } from './kinds';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** An edge's width and colour by its grade, as element data for the stylesheet. */
export function edgeLook(grade: string | null, baseWidth = 1, gradeWidth = 3): { width: number; colour: string } {
  return { width: baseWidth + gradeWidth * gradeStrength(grade), colour: gradeColour(grade) };
}

export function canvasStyle(): StylesheetJson {
  const kinds = (Object.keys(KIND_LOOKS) as NodeKind[]).map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: KIND_LOOKS[kind].shape, 'background-color': KIND_LOOKS[kind].colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': FONT,
        'font-size': 11,
        color: '#1a202c',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        // Labels too small to read at this zoom are not drawn: zoom in to read them.
        'min-zoomed-font-size': 7,
        width: 30,
        height: 30,
        'border-width': 1,
        'border-color': '#1a202c',
      },
    },
    ...kinds,
    { selector: 'node[?pseudonymised]', style: { 'border-style': 'dashed', 'border-width': 3 } },
    { selector: 'node.pinned', style: { 'border-width': 4, 'border-color': '#000000' } },
    { selector: 'node:selected', style: { 'overlay-color': '#f6e05e', 'overlay-opacity': 0.45, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        // Worked out once per edge from its grade (edgeLook): a style function is called again
        // whenever Cytoscape restyles, the largest part of styling 2,000 edges.
        width: 'data(width)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(display)',
        'font-family': FONT,
        'font-size': 9,
        color: '#2d3748',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    // A canvas too large for the force layout is an overview, its edges plain lines (haystack):
    // curves and arrows took twice as long to draw there, at a zoom where arrows cannot be seen.
    { selector: 'edge.overview', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: 'edge.direct', style: { 'line-style': 'dotted', 'line-color': '#8a8f98', 'target-arrow-color': '#8a8f98', width: 1.5 } },
    { selector: 'edge:selected', style: { 'overlay-color': '#f6e05e', 'overlay-opacity': 0.5, 'overlay-padding': 4 } },
    ...decorationStyle(),
  ] as StylesheetJson;
}
