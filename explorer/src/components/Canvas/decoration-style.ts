/**
 * What the analysis panels draw on the canvas: a highlight (a path, a fact chosen in a timeline) and
 * the network metrics (size by degree or betweenness, colour by community), set as classes and data.
 */
export function decorationStyle(): { selector: string; style: Record<string, unknown> }[] {
  return [
    { selector: 'node.highlighted', style: { 'underlay-color': '#805ad5', 'underlay-opacity': 0.45, 'underlay-padding': 9 } },
    { selector: 'edge.highlighted', style: { 'underlay-color': '#805ad5', 'underlay-opacity': 0.4, 'underlay-padding': 5, 'z-index': 9 } },
    { selector: 'node.sized', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.by-community', style: { 'background-color': 'data(communityColour)' } },
  ];
}
