/**
 * The HTTP surface: /healthz, /readyz and Apollo Server 5 at /graphql on express 5. Apollo's
 * landing page loads from a CDN, which many investigators' networks (and offline deployments) cannot
 * reach, so it is disabled; GET / is a page linking to the project's own explorer and GraphiQL,
 * bundled locally (src/entry/http/explorer-routes.ts).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Graph } from '../../storage/db/graph';
import type { Logger } from '../../foundations/logger';
import { createContext, type Context } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import { protectionPlugin } from '../graphql/plugins/protection';
import { healthRoutes, type Readiness } from './health';
import type { Authenticator } from '../../domain/auth/tokens';
import { authenticateRequests, viewerOf } from './authenticate';
import { queryLimitsPlugin, type QueryLimits } from '../graphql/plugins/query-limits';
import { rateLimitRequests } from './rate-limit';
import { bodyErrors } from './body-errors';
import { exportDownloadRoutes } from './exports-download';
import type { ExportJobStore } from '../../domain/exports/jobs';
import { sourceDocumentRoutes } from './source-documents';
import { explorerRoutes } from './explorer-routes';
import { projectRoot } from '../../foundations/config/project-root';

export interface HttpOptions {
  schema: GraphQLSchema;
  graph: Graph;
  logger: Logger;
  readiness: () => Promise<Readiness>;
  host: string;
  port: number;
  development: boolean;
  maxBodyBytes: number;
  /** Checks every /graphql request's bearer token; /healthz, /readyz and GET / stay open. */
  auth: Authenticator;
  /** Depth and cost limits checked before execution (LIMIT_EXCEEDED). */
  queryLimits: QueryLimits;
  /** Requests per viewer per minute, over /graphql, /exports and /sources together; 0: no limit. */
  rateLimitPerMinute: number;
  /** The held source documents (SOURCES_DIR), served at /sources/<id>. */
  sourcesDir: string;
  /** GraphQL export jobs, shared with every replica through the database; absent (benchmarks): startExport is unavailable. */
  exportJobs?: ExportJobStore;
  /** Where the explorer's build is (default dist/explorer under the project root). */
  explorerBuildDir?: string;
}

export interface RunningHttp {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startHttp(opts: HttpOptions): Promise<RunningHttp> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on what res.send answers: a hash of every GraphQL answer, which depends on the viewer and
  // is never revalidated, costs time on each request (static files keep theirs: express.static).
  app.set('etag', false);
  const server = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: opts.schema,
    formatError: createFormatError(opts.logger, opts.development),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The CLI owns signals: it drains HTTP, then closes the driver and the local Neo4j, in that order.
    stopOnTerminationSignals: false,
    // protectionPlugin: the last line scrubbing protected names from responses (src/domain/protection).
    // queryLimitsPlugin: depth and cost (with the variables' values) refused before execution.
    // No cache hints are set (answers depend on the viewer), so Apollo's cache-control plugin,
    // which hooks every field of every request, is left out.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(opts.queryLimits),
      protectionPlugin(),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(opts.readiness));
  // The landing page, the web explorer and GraphiQL: pages and the bundle they load, no data.
  app.use(explorerRoutes({ buildDir: opts.explorerBuildDir ?? join(projectRoot(), 'dist', 'explorer') }));
  // Every route but health and GET / behind one guard: the bearer token, then one set of per-viewer
  // rate-limit buckets, so a viewer's requests count alike wherever they go.
  const guard = [authenticateRequests(opts.auth, opts.logger), rateLimitRequests(opts.rateLimitPerMinute)];
  // Files of finished GraphQL export jobs, and the held source documents.
  if (opts.exportJobs) app.use(exportDownloadRoutes(guard, opts.exportJobs, opts.logger));
  app.use(sourceDocumentRoutes(guard, { graph: opts.graph, logger: opts.logger, sourcesDir: opts.sourcesDir }));
  app.use(
    '/graphql',
    // Authentication first: no body is parsed for a request without a valid token (a 401, never a
    // 413); an authenticated request over the limit still gets 413.
    ...guard,
    express.json({ limit: opts.maxBodyBytes }),
    expressMiddleware(apollo, { context: async ({ res }) => createContext(opts.graph, opts.logger, viewerOf(res), {}, opts.sourcesDir, opts.exportJobs) }),
    // A body that is not JSON or too large: a coded JSON error, not express's HTML page with a stack.
    bodyErrors(opts.logger),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${address.port}`;
  return {
    url,
    server,
    // Apollo's drain plugin stops accepting connections and waits for requests in flight.
    close: () => apollo.stop(),
  };
}
