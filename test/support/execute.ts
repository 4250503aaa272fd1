/**
 * Runs a GraphQL operation in-process against the real database and reports how many database
 * round trips it cost (the per-request counter the loaders and lists go through).
 */
import { ApolloServer } from '@apollo/server';
import type { Graph } from '../../src/storage/db/graph';
import { createContext, type Context, type Viewer } from '../../src/entry/graphql/context';
import { createFormatError } from '../../src/entry/graphql/format-error';
import { buildSchema } from '../../src/entry/graphql/schema';
import { protectionPlugin } from '../../src/entry/graphql/plugins/protection';
import { silentLogger } from './service';

let server: ApolloServer<Context> | undefined;

export interface Executed<T> {
  data?: T;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
  roundTrips: number;
}

/**
 * The viewer of in-process operations unless a test names one: an investigator (may read, write and
 * import), not cleared. HTTP-level tests authenticate with tokens instead (test/integration/auth.test.ts).
 */
export const TEST_VIEWER: Viewer = { id: 'test:investigator', roles: ['investigator'], cleared: false };

export async function execute<T = Record<string, any>>(graph: Graph, query: string, variables: Record<string, unknown> = {}, viewer: Viewer = TEST_VIEWER): Promise<Executed<T>> {
  return executeWith<T>(createContext(graph, silentLogger, viewer), query, variables);
}

/** Runs an operation with a context the test built (other loaders, for instance). */
export async function executeWith<T = Record<string, any>>(contextValue: Context, query: string, variables: Record<string, unknown> = {}): Promise<Executed<T>> {
  if (!server) {
    server = new ApolloServer<Context>({ schema: buildSchema(), formatError: createFormatError(silentLogger, false), stopOnTerminationSignals: false, plugins: [protectionPlugin()] });
    await server.start();
  }
  const res = await server.executeOperation<T>({ query, variables }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
  return { data: res.body.singleResult.data ?? undefined, errors: res.body.singleResult.errors as Executed<T>['errors'], roundTrips: contextValue.roundTrips.count };
}
