/** Helpers for integration tests: the service on the run's Neo4j, on a free HTTP port. */
import { loadConfig, type Config } from '../../src/foundations/config/environment';
import { createLogger } from '../../src/foundations/logger';
import { startService, type Service } from '../../src/entry/service/start';
import { openDatabase, type Database } from '../../src/entry/service/database';
import { migrate } from '../../src/storage/db/migrations';
import type { Role } from '../../src/domain/auth/permissions';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';

/** The HS256 secret test services verify with, unless a test configures its own keys. */
export const TEST_JWT_SECRET = 'evidence-graph-test-secret-of-more-than-32-bytes';

export function testConfig(overrides: Record<string, string> = {}): Config {
  const keys = 'AUTH_JWT_SECRET' in overrides || 'AUTH_JWKS_FILE' in overrides ? {} : { AUTH_JWT_SECRET: TEST_JWT_SECRET };
  const { AUTH_JWT_SECRET: _s, AUTH_JWKS_FILE: _f, ...env } = process.env;
  return loadConfig({ ...env, PORT: '0', SEED_ON_START: 'false', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...keys, ...overrides });
}

export const silentLogger = createLogger('silent');

export function startTestService(overrides: Record<string, string> = {}): Promise<Service> {
  return startService(testConfig(overrides), silentLogger);
}

/** The run's database, migrated, with its indexes online. */
export async function openTestDatabase(overrides: Record<string, string> = {}): Promise<Database> {
  const db = await openDatabase(testConfig(overrides), silentLogger);
  await migrate(db.graph, db.migrations);
  await db.graph.runText('CALL db.awaitIndexes(120)');
  return db;
}

/** Removes every record (not the migration log), so a suite starts from an empty graph. */
export async function clearGraph(db: Database): Promise<void> {
  await db.graph.runText('MATCH (n) WHERE NOT n:_Migration DETACH DELETE n');
}

/** The run's database holding exactly `records` (a scenario of test/fixtures), each on the line of its position. */
export async function openScenarioDatabase(records: readonly RecordV1[]): Promise<Database> {
  const db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    records.map((record, i) => ({ line: i + 1, record })),
  );
  return db;
}

/** An Authorization header with a token the service issues (it must hold a secret, as test services do). */
export async function authHeader(service: Service, roles: Role[] = ['admin'], opts: { user?: string; cleared?: boolean } = {}): Promise<Record<string, string>> {
  const token = await service.auth.issue({ user: opts.user ?? `test:${roles.join('+')}`, roles, cleared: opts.cleared ?? false });
  return { authorization: `Bearer ${token}` };
}

export async function gql<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}
