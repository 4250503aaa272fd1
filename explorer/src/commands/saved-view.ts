/**
 * Saved views: the explorer's whole state as a link (in the fragment, never with the token) or a
 * JSON file, and opening one: every record is asked of the service again with the viewer's own
 * token, so a colleague sees only what their token allows; what it does not is counted, not shown.
 */
import { analysisApi } from '../api/analysis';
import { ApiError } from '../api/client';
import { saveBlob } from '../api/files';
import { api } from '../api/operations';
import { chainStore } from '../core/chain/state';
import { fileName } from '../core/exports/actions';
import { filtersStore } from '../core/filters/state';
import { graphStore } from '../core/graph/state';
import type { Subgraph } from '../core/graph/types';
import { highlightStore } from '../core/highlight/state';
import { metricsStore } from '../core/metrics/state';
import { chartStore } from '../core/org-chart/state';
import { panelsStore } from '../core/panels/state';
import { pathsStore } from '../core/paths/state';
import { restoredGraph, restoreRequests, savedViewOf } from '../core/saved-view/actions';
import { decodeView, encodeView, splitFragmentView, viewLink } from '../core/saved-view/encoding';
import { savedViewStore } from '../core/saved-view/state';
import type { SavedView } from '../core/saved-view/types';
import { validateSavedView } from '../core/saved-view/validate';
import { selectionStillDrawn } from '../core/selection/actions';
import { selectionStore } from '../core/selection/state';
import { sessionStore } from '../core/session/state';
import { tableStore } from '../core/table/state';
import { currentPositions, placementStore } from '../core/view/placement';
import { layoutStore } from '../core/view/state';
import { openChain } from './chain';
import { forgetHistory } from './history';
import { openChart } from './org-chart';
import { findPaths, setPathQuery } from './paths';
import { reporting } from './report';

/** Records asked again per request: well within the service's cost limit (test/integration/explorer-operation-costs). */
export const DRAWING_CHUNK = 150;
/** Allegations come through their parties, as many at once as an expansion may start from. */
const PARTIES_PER_REQUEST = 100;

export function currentView(): SavedView {
  const chain = chainStore.get();
  const chart = chartStore.get();
  return savedViewOf({
    graph: graphStore.get(),
    positions: currentPositions(),
    layout: layoutStore.get(),
    filters: filtersStore.get(),
    selection: selectionStore.get(),
    panels: panelsStore.get(),
    metrics: metricsStore.get(),
    table: tableStore.get(),
    chain: chain ? { eventId: chain.eventId, minGrade: chain.minGrade, at: chain.at ?? null } : null,
    chart,
    paths: pathsStore.get().query,
  });
}

/** The link to this view (shown to copy; no token in it). */
export async function makeShareLink(): Promise<string> {
  const link = viewLink(window.location.origin, await encodeView(currentView()));
  savedViewStore.set({ link, message: 'Link made: it opens this view for whoever has it, with their own token.', opening: false });
  return link;
}

export function downloadView(): void {
  const blob = new Blob([`${JSON.stringify(currentView(), null, 2)}\n`], { type: 'application/json' });
  saveBlob(blob, fileName('evidence-graph-view', 'json'));
}

/** Records the viewer may see among `ids`, and the links among them; ids the service does not know for them are dropped one by one. */
async function drawingFor(ids: string[]): Promise<Subgraph> {
  let asked = [...ids];
  for (;;) {
    if (!asked.length) return { nodes: [], edges: [], truncated: false };
    try {
      return (await analysisApi.drawing({ ids: asked, limit: asked.length })).neighborhood;
    } catch (e) {
      // NOT_FOUND names the first id the viewer may not see (withheld, or gone): leave it out and ask again.
      const missing = e instanceof ApiError && e.info.code === 'NOT_FOUND' ? /"([^"]+)"/.exec(e.info.message)?.[1] : undefined;
      if (!missing || !asked.includes(missing)) throw e;
      asked = asked.filter((id) => id !== missing);
    }
  }
}

async function allegationsThrough(parties: string[]): Promise<Subgraph[]> {
  const answers: Subgraph[] = [];
  for (let i = 0; i < parties.length; i += PARTIES_PER_REQUEST) {
    const { neighborhood } = await api.neighborhood({ ids: parties.slice(i, i + PARTIES_PER_REQUEST), hops: 1, linkTypes: ['ACCUSED', 'PROVISION', 'EVENTS'] });
    answers.push(neighborhood);
  }
  return answers;
}

/** Opens a saved view: settings at once, then the canvas as the service answers for this viewer. */
export async function openView(view: SavedView): Promise<void> {
  savedViewStore.set({ link: null, message: 'Opening the view…', opening: true });
  layoutStore.set(view.layout);
  filtersStore.set(view.filters);
  panelsStore.set(view.panels);
  tableStore.set(view.table);
  metricsStore.set((m) => ({ ...m, sizeBy: view.metrics.sizeBy, colourBy: view.metrics.colourBy }));
  highlightStore.set(null);
  const answers = await reporting('opening the saved view', async () => {
    const { entityChunks, allegations, parties } = restoreRequests(view, DRAWING_CHUNK);
    const drawn: Subgraph[] = [];
    for (const ids of entityChunks) drawn.push(await drawingFor(ids));
    const visible = new Set(drawn.flatMap((d) => d.nodes.map((n) => n.id)));
    if (allegations.length) drawn.push(...(await allegationsThrough(parties.filter((p) => visible.has(p)))));
    return drawn;
  });
  if (!answers) return savedViewStore.set({ link: null, message: 'The view could not be opened (see the message above).', opening: false });
  const { graph, positions, missing } = restoredGraph(view, answers);
  // The layout chosen above is drawn before the nodes come back at their places.
  await new Promise((resolve) => setTimeout(resolve, 30));
  forgetHistory();
  placementStore.set(positions);
  graphStore.set(graph);
  selectionStore.set(selectionStillDrawn(view.selection, graph));
  const shown = Object.keys(graph.nodes).length;
  savedViewStore.set({
    link: null,
    message: `View opened: ${shown} of ${view.nodes.length} entities${missing ? ` (${missing} not shown to you, or no longer in the graph)` : ''}.`,
    opening: false,
  });
  if (view.chain) void openChain(view.chain.eventId, view.chain.minGrade, view.chain.at);
  if (view.chart) void openChart(view.chart.organizationId, { direction: view.chart.direction, at: view.chart.at, minGrade: view.chart.minGrade });
  if (view.paths) {
    setPathQuery(view.paths);
    void findPaths();
  }
}

export async function openViewFile(file: File): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return savedViewStore.set({ link: null, message: `${file.name} is not JSON: not a saved view.`, opening: false });
  }
  const checked = validateSavedView(parsed);
  if ('problem' in checked) return savedViewStore.set({ link: null, message: `${file.name}: ${checked.problem}.`, opening: false });
  await openView(checked.view);
}

let pending: string | null = null;

/**
 * A view in the address (`#view=…`) is taken out of it at once and opened once the viewer is
 * signed in (at once with a stored token, after the sign-in box otherwise).
 */
export function takeViewFromAddress(): void {
  const { view, rest } = splitFragmentView(window.location.hash);
  if (!view) return;
  pending = view;
  savedViewStore.set({ link: null, message: 'A shared view will open once you are signed in: it shows what your own token allows.', opening: false });
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${rest}`);
  const openWhenSignedIn = () => {
    if (!pending || !sessionStore.get().viewer) return;
    const encoded = pending;
    pending = null;
    void decodeView(encoded).then((checked) =>
      'problem' in checked ? savedViewStore.set({ link: null, message: `The link's view cannot be opened: ${checked.problem}.`, opening: false }) : openView(checked.view),
    );
  };
  sessionStore.subscribe(openWhenSignedIn);
  openWhenSignedIn();
}
