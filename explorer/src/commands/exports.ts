/**
 * Exports of what is on screen. PNG and SVG are drawn by Cytoscape in the page; GEXF, GraphML,
 * Cytoscape JSON and the referral bundle are the service's own exports of exactly the entities on
 * screen (SEEDS, hops 0): started, polled until done, then downloaded with the token.
 */
import type { Core } from 'cytoscape';
import { ApiError } from '../api/client';
import { fetchDownload, saveBlob } from '../api/files';
import { api, type ExportJobFields } from '../api/operations';
import { fileName, MAX_EXPORT_IDS, onScreenSelection } from '../core/exports/actions';
import { exportStore } from '../core/exports/state';
import type { ExportChoice, ServiceFormat } from '../core/exports/types';
import { graphStore } from '../core/graph/state';
import { reporting } from './report';

const POLL_MS = 400;
const GIVE_UP_MS = 120_000;

export async function exportCanvas(cy: Core, choice: ExportChoice): Promise<void> {
  const name = fileName('evidence-graph', choice.extension);
  if (choice.format === 'PNG') {
    saveBlob(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), name);
  } else {
    // cytoscape-svg adds svg() to the core.
    const svg = (cy as Core & { svg(options: { full: boolean; bg: string }): string }).svg({ full: true, bg: '#ffffff' });
    saveBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
  }
  exportStore.set({ state: 'done', format: choice.format, file: name, detail: `${cy.nodes().length} nodes, ${cy.edges().length} edges drawn` });
}

async function finished(jobId: string): Promise<ExportJobFields> {
  const started = Date.now();
  for (;;) {
    const { exportJob } = await api.exportJob(jobId);
    if (!exportJob) throw new ApiError({ code: 'NOT_FOUND', message: `the service no longer knows export ${jobId}` });
    if (exportJob.status !== 'RUNNING') return exportJob;
    if (Date.now() - started > GIVE_UP_MS) throw new ApiError({ code: 'TIMEOUT', message: 'the export is still running after two minutes' });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export async function exportFromService(choice: ExportChoice & { format: ServiceFormat }): Promise<void> {
  const ids = Object.keys(graphStore.get().nodes);
  if (!ids.length) return exportStore.set({ state: 'failed', format: choice.format, message: 'The canvas is empty: put something on it first.' });
  if (ids.length > MAX_EXPORT_IDS)
    return exportStore.set({ state: 'failed', format: choice.format, message: `The service exports at most ${MAX_EXPORT_IDS} entities by id; ${ids.length} are on screen. Remove some first.` });
  exportStore.set({ state: 'running', format: choice.format });
  const done = await reporting(`exporting ${choice.format}`, async () => {
    const { startExport } = await api.startExport({ selection: onScreenSelection(ids), format: choice.format });
    exportStore.set({ state: 'running', format: choice.format, jobId: startExport.id });
    const job = await finished(startExport.id);
    if (job.status === 'FAILED' || !job.downloadUrl) throw new ApiError({ code: 'EXPORT_FAILED', message: job.error ?? 'the export failed' });
    const name = fileName('evidence-graph', choice.extension);
    saveBlob(await fetchDownload(job.downloadUrl), name);
    const counts = job.counts ? `${job.counts.nodes} nodes, ${job.counts.facts} facts, ${job.counts.sources} sources` : '';
    const redaction = job.redaction && !job.redaction.cleared ? `; redacted for your clearance: ${job.redaction.pseudonymised} pseudonymised, ${job.redaction.withheld} withheld` : '';
    exportStore.set({ state: 'done', format: choice.format, file: name, detail: `${counts}${redaction}; SHA-256 ${job.sha256 ?? '?'}` });
    return job;
  });
  if (!done) exportStore.set({ state: 'failed', format: choice.format, message: 'The export did not complete (see the message above).' });
}
