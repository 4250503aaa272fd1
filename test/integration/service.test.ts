/**
 * The service end to end: health, readiness following the database down and back up, a GraphQL
 * round trip, and errors that never leak internals. Uses a second throw-away Neo4j of its own, so
 * stopping it does not disturb the other suites.
 */
import type { Service } from '../../src/service/start';
import { authHeader, gql, startTestService } from '../support/service';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j/control';
import { startTestNeo4j, TEST_PASSWORD } from '../support/test-neo4j';

jest.setTimeout(180_000);

describe('service', () => {
  let neo4j: Awaited<ReturnType<typeof startTestNeo4j>>;
  let service: Service;
  let auth: Record<string, string>;

  beforeAll(async () => {
    neo4j = await startTestNeo4j('service');
    service = await startTestService({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: TEST_PASSWORD });
    auth = await authHeader(service, ['analyst']);
  });
  afterAll(async () => {
    await service?.close();
    await neo4j?.stop();
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers a GraphQL query with data from the database', async () => {
    const { status, body } = await gql<{ about: { name: string; recordCount: number; migrations: string[] } }>(service.url, '{ about { name recordCount migrations } }', {}, auth);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.about).toEqual({ name: 'evidence-graph', recordCount: 0, migrations: service.db.migrations.map((m) => m.id) });
  });

  it('reports a malformed query with a code and no internals', async () => {
    const { status, body } = await gql(service.url, '{ about { nope } }', {}, auth);
    expect(status).toBe(400);
    expect(body.errors![0]).toEqual(expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('serves no CDN landing page', async () => {
    const res = await fetch(`${service.url}/`);
    expect(await res.text()).toMatch(/POST GraphQL queries to \/graphql/);
  });

  it('refuses a request body over the size limit', async () => {
    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ query: `{ about { name } } #${'x'.repeat(2 * 1024 * 1024)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('/readyz is 200 while the database is up, 503 while it is down, and 200 again once it is back', async () => {
    const ready = async () => (await fetch(`${service.url}/readyz`)).status;
    expect(await ready()).toBe(200);

    await stopLocalNeo4j(neo4j.settings);
    expect(await ready()).toBe(503);
    const down = await gql(service.url, '{ about { recordCount } }', {}, auth);
    expect(down.body.errors![0]!.extensions!.code).toBe('DATABASE_UNAVAILABLE');

    await startLocalNeo4j(neo4j.settings);
    // The driver reconnects by itself: no restart of the service.
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = await ready();
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
  });
});
