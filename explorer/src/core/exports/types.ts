/** Exports of what is on screen: drawn by the browser (PNG, SVG) or made by the service's export jobs. */
export type CanvasFormat = 'PNG' | 'SVG';
export type ServiceFormat = 'GEXF' | 'GRAPHML' | 'CYTOSCAPE' | 'BUNDLE';

export interface ExportChoice {
  format: CanvasFormat | ServiceFormat;
  title: string;
  /** The permission it needs beyond reading. */
  permission: 'read' | 'export' | 'exportBundle';
  extension: string;
}

export type ExportProgress =
  { state: 'idle' } | { state: 'running'; format: string; jobId?: string } | { state: 'done'; format: string; file: string; detail: string } | { state: 'failed'; format: string; message: string };
