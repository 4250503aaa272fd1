/** cytoscape-svg ships no types: it is a Cytoscape extension adding `svg(options)` to the core. */
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
