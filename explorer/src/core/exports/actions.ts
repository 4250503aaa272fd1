/** Which exports a viewer is offered, and what the service is asked for each. */
import type { ExportChoice, ServiceFormat } from './types';

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: 'PNG', title: 'Picture (PNG)', permission: 'read', extension: 'png' },
  { format: 'SVG', title: 'Drawing (SVG)', permission: 'read', extension: 'svg' },
  { format: 'GEXF', title: 'Gephi (GEXF)', permission: 'export', extension: 'gexf' },
  { format: 'GRAPHML', title: 'yEd, networkx (GraphML)', permission: 'export', extension: 'graphml' },
  { format: 'CYTOSCAPE', title: 'Cytoscape (JSON)', permission: 'export', extension: 'json' },
  { format: 'BUNDLE', title: 'Signed referral bundle (tar)', permission: 'exportBundle', extension: 'tar' },
];

/** The choices the viewer's permissions allow (the service refuses the others anyway). */
export function exportChoicesFor(permissions: readonly string[]): ExportChoice[] {
  return EXPORT_CHOICES.filter((c) => c.permission === 'read' || permissions.includes(c.permission));
}

/** The selection of an export of the entities on screen: exactly them, no hop further. */
export function onScreenSelection(nodeIds: readonly string[]): { by: 'SEEDS'; ids: string[]; hops: 0 } {
  return { by: 'SEEDS', ids: [...nodeIds].sort(), hops: 0 };
}

export function isServiceFormat(format: string): format is ServiceFormat {
  return ['GEXF', 'GRAPHML', 'CYTOSCAPE', 'BUNDLE'].includes(format);
}

/** The service exports at most 5,000 ids at once (as many as a neighbourhood draws). */
export const MAX_EXPORT_IDS = 5000;

export function fileName(prefix: string, extension: string, now = new Date()): string {
  return `${prefix}-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${extension}`;
}
