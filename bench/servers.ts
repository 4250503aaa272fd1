/**
 * The three GraphQL servers of a benchmark run, on loopback HTTP, over one counting driver each:
 * - ours: the real service's HTTP stack (startHttp: express, bearer-token authentication, Apollo
 *   with the query limits and the protection plugin, our resolvers and per-request DataLoaders);
 * - naive: the same schema and resolvers with loaders that neither batch nor cache (N+1), behind
 *   the same authentication, Apollo and protection plugin (startHttp has no loader option, so its
 *   Apollo set-up is repeated here; the query-limit plugin is the one piece left out);
 * - peer: @neo4j/graphql 7 (bench/peer/type-defs.ts) served by Apollo on express, no authentication.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { createAuthenticator, type Authenticator } from '../src/domain/auth/tokens';
import { DEFAULT_SOURCES_DIR, inProject } from '../src/foundations/config/environment';
import { projectRoot } from '../src/foundations/config/project-root';
import { CypherLibrary } from '../src/storage/db/cypher-library';
import { Graph } from '../src/storage/db/graph';
import { createContext, type Context } from '../src/entry/graphql/context';
import { NO_ESTIMATES } from '../src/entry/graphql/limits/list-estimates';
import { buildSchema } from '../src/entry/graphql/schema';
import { authenticateRequests, viewerOf } from '../src/entry/http/authenticate';
import { startHttp } from '../src/entry/http/server';
import { createLogger } from '../src/foundations/logger';
import { protectionPlugin } from '../src/entry/graphql/plugins/protection';
import { PEER_TYPE_DEFS } from './peer/type-defs';

export interface BenchServer {
  url: string;
  headers: Record<string, string>;
  close(): Promise<void>;
}

// Errors only: a failed request in a benchmark must say why (its answer carries only a reference).
const logger = createLogger('error');
const SECRET = 'evidence-graph-bench-secret-of-more-than-32-bytes';
/** Generous limits: the workloads are deeper than the default depth 12 allows for W1's three levels of parents (so no estimates are needed). */
const LIMITS = { maxDepth: 50, maxCost: 1_000_000_000, estimates: () => NO_ESTIMATES };

function graphOver(driver: Driver): Graph {
  return new Graph(driver, CypherLibrary.load(join(projectRoot(), 'cypher', 'queries')), 'neo4j', 300_000);
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  // Many keep-alive clients at once: no artificial limit on sockets.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** A cleared admin: sees everything, as the peer does (it has no protection layer). */
async function token(auth: Authenticator): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await auth.issue({ user: 'bench', roles: ['admin'], cleared: true, ttl: '24h' })}` };
}

export async function startOurs(driver: Driver): Promise<BenchServer> {
  const auth = await createAuthenticator({ mode: 'secret', secret: SECRET, tokenTtl: '24h' });
  const http = await startHttp({
    schema: buildSchema(),
    graph: graphOver(driver),
    logger,
    readiness: async () => ({ ready: true, database: 'up', migrations: 'applied' }),
    host: '127.0.0.1',
    port: 0,
    development: false,
    maxBodyBytes: 1_000_000,
    auth,
    queryLimits: LIMITS,
    rateLimitPerMinute: 0,
    sourcesDir: inProject(DEFAULT_SOURCES_DIR),
  });
  return { url: `${http.url}/graphql`, headers: await token(auth), close: () => http.close() };
}

export async function startNaive(driver: Driver): Promise<BenchServer> {
  const auth = await createAuthenticator({ mode: 'secret', secret: SECRET, tokenTtl: '24h' });
  const graph = graphOver(driver);
  const apollo = new ApolloServer<Context>({ schema: buildSchema(), plugins: [protectionPlugin()] });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    authenticateRequests(auth, logger),
    express.json({ limit: 1_000_000 }),
    expressMiddleware(apollo, { context: async ({ res }) => createContext(graph, logger, viewerOf(res), { batch: false }) }),
  );
  const { server, url } = await listen(app);
  return {
    url: `${url}/graphql`,
    headers: await token(auth),
    close: async () => {
      await apollo.stop();
      await closeServer(server);
    },
  };
}

export async function startPeer(driver: Driver): Promise<BenchServer> {
  const neo = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver, features: { filters: { String: { GTE: true, LTE: true, GT: true, LT: true } } } });
  const apollo = new ApolloServer({ schema: await neo.getSchema() });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: 1_000_000 }), expressMiddleware(apollo, { context: async () => ({}) }));
  const { server, url } = await listen(app);
  return {
    url: `${url}/graphql`,
    headers: {},
    close: async () => {
      await apollo.stop();
      await closeServer(server);
    },
  };
}
