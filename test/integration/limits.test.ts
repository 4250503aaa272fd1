/**
 * Query depth and cost limits and the per-viewer rate limit (issue 6, item 5): documents too deep
 * or too costly are refused before execution with LIMIT_EXCEEDED naming the limit and the value;
 * introspection is not limited; a viewer over RATE_LIMIT_PER_MINUTE gets 429 with Retry-After,
 * others do not, and the viewer is let in again once the bucket refills.
 */
import type { Service } from '../../src/service/start';
import { authHeader, gql, startTestService } from '../support/service';

jest.setTimeout(120_000);

/** `organization { parents { parent { … } } }`, `pairs` times: depth 2 + 2 × pairs. */
function nested(pairs: number, leaf = 'id'): string {
  let inner = leaf;
  for (let i = 0; i < pairs; i++) inner = `parents { parent { ${inner} } }`;
  return `{ organization(id: "org:limits-none") { ${inner} } }`;
}

/** `organization { parents { parent { … } } }` with `lists` nested lists of 10: cost grows tenfold per level. */
function costly(lists: number): string {
  let inner = 'parents { id }';
  for (let i = 1; i < lists; i++) inner = `parents { parent { ${inner} } }`;
  return `{ organization(id: "org:limits-none") { ${inner} } }`;
}

describe('depth and cost limits', () => {
  let service: Service;
  /** The default depth limit, with a cost limit high enough for the nested lists of the depth tests. */
  let deepService: Service;
  let auth: Record<string, string>;
  beforeAll(async () => {
    service = await startTestService();
    deepService = await startTestService({ GRAPHQL_MAX_COST: '1000000000' });
    auth = await authHeader(service, ['analyst']);
  });
  afterAll(async () => {
    await service?.close();
    await deepService?.close();
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

  it('runs a query under the cost limit and refuses one over it', async () => {
    const under = await gql(service.url, costly(3), {}, auth);
    expect([under.status, under.body.errors]).toEqual([200, undefined]);
    const over = await gql(service.url, costly(4), {}, auth);
    expect(over.status).toBe(400);
    expect(over.body.errors![0]).toEqual(
      expect.objectContaining({ message: 'operation costs 12222; the limit (GRAPHQL_MAX_COST) is 5000', extensions: { code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST', maximum: 5000, value: 12222 } }),
    );
  });

  it('weighs paged fields by first', async () => {
    // 1 + first × (edges 1 + node 1 + id 1 + participants (1 + 10 × 1) + citations (1 + 10 × 1)) = 1 + 25 × first
    const page = (n: number | string) => `query${n === '$n' ? '($n: Int = 3)' : ''} { events(first: ${n}) { edges { node { id participants { role } citations { grade } } } } }`;
    expect((await gql(service.url, page(100), {}, auth)).body.errors).toBeUndefined();
    const over = await gql(service.url, page(200), {}, auth);
    expect(over.body.errors![0]!.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST', maximum: 5000, value: 5001 });
    // A variable counts as its value; when not given, its default (3 here), else the field's default.
    const viaVariable = await gql(service.url, page('$n'), { n: 200 }, auth);
    expect([viaVariable.status, viaVariable.body.errors![0]!.extensions]).toEqual([400, { code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST', maximum: 5000, value: 5001 }]);
    expect((await gql(service.url, page('$n'), { n: 100 }, auth)).body.errors).toBeUndefined();
    expect((await gql(service.url, page('$n'), {}, auth)).body.errors).toBeUndefined();
    const fieldDefault = await gql(service.url, 'query ($n: Int) { events(first: $n) { edges { node { id participants { role } citations { grade } } } } }', {}, auth);
    expect(fieldDefault.body.errors).toBeUndefined();
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
