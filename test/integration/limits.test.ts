/**
 * Query depth and cost limits and the per-viewer rate limit: documents too deep
 * or too costly are refused before execution with LIMIT_EXCEEDED naming the limit, the value and,
 * for the cost, where most of it is; introspection is not limited; a viewer over
 * RATE_LIMIT_PER_MINUTE gets 429 with Retry-After, others do not, and the viewer is let in again
 * once the bucket refills. Costs are measured with the estimates of the seed dataset, loaded
 * before the services start (on the seed: 3 participants an event, 5 participations a person,
 * 1 citation a fact, 2 an entity).
 */
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import type { Service } from '../../src/entry/service/start';
import { authHeader, clearGraph, gql, openTestDatabase, startTestService } from '../support/service';

jest.setTimeout(120_000);

/** `organization { parents { parent { … } } }`, `pairs` times: depth 2 + 2 × pairs. */
function nested(pairs: number, leaf = 'id'): string {
  let inner = leaf;
  for (let i = 0; i < pairs; i++) inner = `parents { parent { ${inner} } }`;
  return `{ organization(id: "org:limits-none") { ${inner} } }`;
}

/**
 * A page of events (50, the default) and below each `lists` nested lists that only the data
 * bounds: its participants, their participations, those events' participants… The cost grows by
 * the data's estimate at each level (3 participants an event, 5 participations a person).
 */
function costly(lists: number): string {
  let inner = 'id';
  for (let i = lists; i >= 1; i--) inner = i % 2 ? `participants { actor { ... on Person { ${inner} } } }` : `participations { event { ${inner} } }`;
  return `{ events { edges { node { ${inner} } } } }`;
}

describe('depth and cost limits', () => {
  let db: Database;
  let service: Service;
  /** The default depth limit, with a cost limit high enough for the nested lists of the depth tests. */
  let deepService: Service;
  let auth: Record<string, string>;
  beforeAll(async () => {
    db = await openTestDatabase();
    await clearGraph(db);
    await loadSeed(db.graph);
    service = await startTestService();
    deepService = await startTestService({ GRAPHQL_MAX_COST: '1000000000' });
    auth = await authHeader(service, ['analyst']);
  });
  afterAll(async () => {
    await service?.close();
    await deepService?.close();
    await db?.close();
  });

  it('runs a query at the depth limit (12)', async () => {
    const r = await gql(deepService.url, nested(5), {}, auth);
    expect([r.status, r.body.errors]).toEqual([200, undefined]);
  });

  it('refuses a query deeper than the limit, before execution, naming the limit and the depth', async () => {
    const r = await gql(deepService.url, nested(6), {}, auth);
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0]).toEqual(
      expect.objectContaining({
        message: 'operation is nested 14 levels deep; the limit (GRAPHQL_MAX_DEPTH) is 12',
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_DEPTH', maximum: 12, value: 14 },
      }),
    );
  });

  it('follows fragments when measuring depth', async () => {
    const q = `query Deep { organization(id: "x") { ...P } } fragment P on Organization { parents { parent { parents { parent { parents { parent { parents { parent { parents { parent { parents { parent { id } } } } } } } } } } } } }`;
    const r = await gql(deepService.url, q, {}, auth);
    expect(r.body.errors![0]!.message).toBe('operation Deep is nested 14 levels deep; the limit (GRAPHQL_MAX_DEPTH) is 12');
  });

  it('runs a query under the cost limit and refuses one over it, saying where most of the cost is', async () => {
    const under = await gql(service.url, costly(2), {}, auth);
    expect([under.status, under.body.errors]).toEqual([200, undefined]);
    const over = await gql(service.url, costly(3), {}, auth);
    expect(over.status).toBe(400);
    expect(over.body.data).toBeUndefined();
    // 2 + 50 × (node 1 + participants (1 + 3 × (actor 1 + participations (1 + 4 × (event 1 + participants (1 + 3 × (actor 1 + id 1)))))))
    expect(over.body.errors![0]).toEqual(
      expect.objectContaining({
        message: 'operation costs 5202; the limit (GRAPHQL_MAX_COST) is 5000; most of it in events.edges.node.participants.actor.participations.event.participants.actor (3600)',
        extensions: {
          code: 'LIMIT_EXCEEDED',
          limit: 'GRAPHQL_MAX_COST',
          maximum: 5000,
          value: 5202,
          costliest: 'events.edges.node.participants.actor.participations.event.participants.actor',
          costliestCost: 3600,
        },
      }),
    );
  });

  it('refuses a flood of aliases (each a database query), naming the costliest of them', async () => {
    const flood = `{ ${Array.from({ length: 2501 }, (_, i) => `a${i}: about { name }`).join(' ')} }`;
    const r = await gql(service.url, flood, {}, auth);
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([
      expect.objectContaining({
        message: 'operation costs 5002; the limit (GRAPHQL_MAX_COST) is 5000; its costliest part is a0 (2)',
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST', maximum: 5000, value: 5002, costliest: 'a0', costliestCost: 2 },
      }),
    ]);
  });

  it('refuses fragments that spread one another exponentially (a few lines, 2^60 fields) at once', async () => {
    const fragments = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Query { ${i === 59 ? 'about { name }' : `...F${i + 1} ...F${i + 1}`} }`).join(' ');
    const r = await gql(service.url, `{ ...F0 } ${fragments}`, {}, auth);
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([
      expect.objectContaining({
        message: 'operation opens into more than 100000 fields through its fragments; it costs more than that, and the limit (GRAPHQL_MAX_COST) is 5000',
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST', maximum: 5000, value: 100001 },
      }),
    ]);
  });

  it('weighs paged fields by first', async () => {
    // events 1 + edges (1 + first × node (1 + id, title, startDate 3 + participants (1 + 3 × (role 1
    // + actor 2 + citations (1 + 2 × 2))) + citations (1 + 3 × 2))) = 2 + 36 × first
    const node = 'node { id title startDate participants { role actor { ... on Person { name } ... on Organization { name } } citations { grade locator } } citations { grade locator } }';
    const page = (n: number | string) => `query${n === '$n' ? '($n: Int = 3)' : ''} { events(first: ${n}) { edges { ${node} } } }`;
    expect((await gql(service.url, page(100), {}, auth)).body.errors).toBeUndefined();
    const over = await gql(service.url, page(200), {}, auth);
    expect(over.body.errors![0]!.extensions).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'GRAPHQL_MAX_COST',
      maximum: 5000,
      value: 7202,
      costliest: 'events.edges.node.participants',
      costliestCost: 5000,
    });
    // A variable counts as its value; when not given, its default (3 here), else the field's default.
    const viaVariable = await gql(service.url, page('$n'), { n: 200 }, auth);
    expect([viaVariable.status, viaVariable.body.errors![0]!.extensions]).toEqual([
      400,
      { code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST', maximum: 5000, value: 7202, costliest: 'events.edges.node.participants', costliestCost: 5000 },
    ]);
    expect((await gql(service.url, page('$n'), { n: 100 }, auth)).body.errors).toBeUndefined();
    expect((await gql(service.url, page('$n'), {}, auth)).body.errors).toBeUndefined();
    const fieldDefault = await gql(service.url, `query ($n: Int) { events(first: $n) { edges { ${node} } } }`, {}, auth);
    expect(fieldDefault.body.errors).toBeUndefined();
    // Past the largest page (200) a page costs as 200, and the list itself refuses it.
    const huge = await gql(service.url, page(100000), {}, auth);
    expect(huge.body.errors!.map((e) => [e.extensions!.code, e.extensions!.value])).toEqual([['LIMIT_EXCEEDED', 7202]]);
  });

  it('does not count introspection', async () => {
    const q = '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } }';
    const r = await gql(service.url, q, {}, auth);
    expect([r.status, r.body.errors]).toEqual([200, undefined]);
  });

  it('takes the limits from the configuration', async () => {
    const strict = await startTestService({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '2', RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const h = await authHeader(strict, ['analyst']);
      const r = await gql(strict.url, '{ about { name recordCount } }', {}, h);
      expect(r.body.errors!.map((e) => e.extensions!.limit)).toEqual(['GRAPHQL_MAX_COST']);
      const deep = await gql(strict.url, nested(1), {}, h);
      expect(deep.body.errors!.map((e) => e.extensions!.limit)).toEqual(['GRAPHQL_MAX_DEPTH', 'GRAPHQL_MAX_COST']);
    } finally {
      await strict.close();
    }
  });
});

describe('per-viewer rate limit', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ RATE_LIMIT_PER_MINUTE: '60' });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('answers 429 with Retry-After past the limit, lets other viewers in, and lets the viewer in again once the bucket refills', async () => {
    const alice = await authHeader(service, ['analyst'], { user: 'rate:alice' });
    const bob = await authHeader(service, ['analyst'], { user: 'rate:bob' });
    // The bucket holds a minute's worth (60) and refills one a second while the burst runs, so on a
    // slow machine a few more than 60 get through: send until the first refusal, bounded.
    const started = Date.now();
    let res: Response | undefined;
    let admitted = 0;
    for (let i = 0; i < 200; i++) {
      res = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...alice }, body: JSON.stringify({ query: '{ __typename }' }) });
      if (res.status !== 200) break;
      admitted += 1;
      await res.arrayBuffer();
    }
    expect(admitted).toBeGreaterThanOrEqual(60);
    expect(admitted).toBeLessThanOrEqual(60 + Math.ceil((Date.now() - started) / 1000));
    res = res!;
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({
      errors: [{ message: 'rate limit exceeded: at most 60 requests per minute (RATE_LIMIT_PER_MINUTE); retry in 1 s', extensions: { code: 'LIMIT_EXCEEDED', retryAfterSeconds: 1 } }],
    });

    expect((await gql(service.url, '{ __typename }', {}, bob)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await gql(service.url, '{ __typename }', {}, alice)).status).toBe(200);
  });

  it('counts only authenticated requests: a request without a token is 401, not 429', async () => {
    const r = await gql(service.url, '{ __typename }', {}, {});
    expect(r.status).toBe(401);
  });
});
