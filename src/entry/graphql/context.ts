/**
 * Per-request context: who is asking, a round-trip-counted view of the graph and this request's
 * DataLoaders. Loaders live for one request only, so nothing cached crosses users or requests.
 */
import { DEFAULT_SOURCES_DIR, inProject } from '../../foundations/config/environment';
import type { Graph, RoundTripCounter } from '../../storage/db/graph';
import type { ExportJobStore } from '../../domain/exports/jobs/store';
import type { Logger } from '../../foundations/logger';
import { createLoaders, type LoaderMode, type Loaders } from './loaders';
import { BroughtAlong } from './brought-along';
import { createProtection, type Protection } from '../../domain/protection/view';

import type { Viewer } from '../../domain/auth/permissions';
export type { Viewer } from '../../domain/auth/permissions';

/**
 * The viewer of a context built without one (in-process callers): no role, not cleared, so it may
 * do nothing a permission guards. HTTP requests always carry an authenticated viewer (src/entry/http/authenticate.ts).
 */
export const ANONYMOUS: Viewer = { id: 'anonymous', roles: [], cleared: false };

export interface Context {
  viewer: Viewer;
  graph: Graph;
  loaders: Loaders;
  /** What queries brought along with the records they handed to the fields (read there before the loaders). */
  along: BroughtAlong;
  /** What this viewer may see of protected persons; the loaders redact through it (src/domain/protection). */
  protection: Protection;
  logger: Logger;
  roundTrips: RoundTripCounter;
  /** How the loaders are built: batching and caching unless `{ batch: false }` (benchmarks only). */
  loaderMode?: LoaderMode;
  /** The held source documents (SOURCES_DIR): whether a source's document can be opened at /sources/<id>. */
  sourcesDir: string;
  /** The export jobs every replica shares (the service's store); absent in-process, where startExport is unavailable. */
  exportJobs?: ExportJobStore;
}

/** `sourcesDir`: the service's SOURCES_DIR; in-process callers get the default, the seed's documents. */
export function createContext(
  graph: Graph,
  logger: Logger,
  viewer: Viewer = ANONYMOUS,
  loaderMode: LoaderMode = {},
  sourcesDir = inProject(DEFAULT_SOURCES_DIR),
  exportJobs?: ExportJobStore,
): Context {
  const roundTrips = { count: 0 };
  const counted = graph.withCounter(roundTrips);
  const protection = createProtection(counted, viewer);
  return { viewer, graph: counted, loaders: createLoaders(counted, protection, loaderMode), along: new BroughtAlong(), logger, roundTrips, protection, loaderMode, sourcesDir, exportJobs };
}

/** After a write in this request: nothing loaded before it (records, protected names) is served after it. */
export function afterWrite(ctx: Context): void {
  ctx.protection.reset();
  ctx.loaders = createLoaders(ctx.graph, ctx.protection, ctx.loaderMode);
  ctx.along = new BroughtAlong();
}
