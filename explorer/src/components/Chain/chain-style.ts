/** The chain view's stylesheet: boxes with the commanders inside, links by validity and grade, the weakest highlighted. */
import type { StylesheetJson } from 'cytoscape';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function chainStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-justification': 'left',
        'font-family': FONT,
        'font-size': 11,
        'line-height': 1.35,
        // Text too small to read at this zoom (a chain of hundreds of boxes fitted to the view) is
        // not drawn, which also makes such a chain quick to paint: zoom in to read it.
        'min-zoomed-font-size': 6,
        color: '#1a202c',
        'background-color': '#e6fffa',
        'border-color': '#2c7a7b',
        'border-width': 1.5,
      },
    },
    { selector: 'node[role = "event"]', style: { 'background-color': '#feebc8', 'border-color': '#dd6b20' } },
    { selector: 'node[role = "actor"]', style: { 'background-color': '#ebf8ff', 'border-color': '#2b6cb0' } },
    { selector: 'node[role = "depth-limit"]', style: { 'background-color': '#fffff0', 'border-style': 'dashed', 'border-color': '#b7791f' } },
    { selector: 'node:selected', style: { 'overlay-color': '#f6e05e', 'overlay-opacity': 0.45, 'overlay-padding': 5 } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        // By grade, worked out once per edge (ChainGraph, edgeLook).
        width: 'data(width)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 10,
        'font-weight': 'bold',
        'min-zoomed-font-size': 6,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
    { selector: 'edge[validity = "POSSIBLE"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[?closesCycle]', style: { 'line-style': 'dotted', 'line-color': '#6b46c1', 'target-arrow-color': '#6b46c1', 'curve-style': 'unbundled-bezier' } },
    { selector: 'edge[?weakest]', style: { 'underlay-color': '#e53e3e', 'underlay-opacity': 0.3, 'underlay-padding': 6, color: '#9b2c2c' } },
    // What changed since the date before: a replaced commander's box, a box or a link that appeared.
    { selector: 'node[changed = "replaced"]', style: { 'border-color': '#c05621', 'border-width': 4, 'background-color': '#fffaf0' } },
    { selector: 'node[changed = "new"]', style: { 'border-color': '#2f855a', 'border-width': 3, 'border-style': 'double' } },
    { selector: 'edge[?appeared]', style: { 'overlay-color': '#3182ce', 'overlay-opacity': 0.18, 'overlay-padding': 5 } },
    { selector: 'edge:selected', style: { 'overlay-color': '#f6e05e', 'overlay-opacity': 0.5, 'overlay-padding': 4 } },
  ] as StylesheetJson;
}
