/**
 * A bounded fuzz of /graphql: a seeded generator sends ~300 malformed or hostile requests
 * with a valid token — random bytes, truncated JSON, wrong types for query/variables/operationName,
 * deep nesting, huge alias lists, random variables for real operations, unknown fields, invalid
 * dates, grades and cursors. No answer may be a 5xx, every error must carry `extensions.code`, no
 * body may hold a stack trace or Cypher, and the service must still answer afterwards.
 */
import type { Service } from '../../src/entry/service/start';
import { authHeader, gql, startTestService } from '../support/service';

jest.setTimeout(120_000);

const SEED = 0x5eed_2026;
const COUNT = 300;
const BUDGET_MS = 60_000;

/** mulberry32: small, seeded, reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

const REAL = [
  'query($f: EventFilter, $n: Int, $a: String) { events(filter: $f, first: $n, after: $a) { totalCount edges { cursor node { id title startDate } } } }',
  'query($id: ID!) { node(id: $id) { id } }',
  'query($q: String!, $n: Int) { search(query: $q, first: $n) { node { ... on Person { id name } } } }',
  'query($id: ID!, $at: Date) { organization(id: $id) { id parents(at: $at) { parent { id } } } }',
  'query($e: ID!, $at: Date, $g: Grade, $d: Int) { chainOfCommand(eventId: $e, at: $at, minGrade: $g, depth: $d) { __typename } }',
  'query($from: ID!, $to: ID!, $h: Int, $l: Int) { paths(fromId: $from, toId: $to, maxHops: $h, limit: $l) { __typename } }',
  'query($ids: [ID!]!, $h: Int, $l: Int) { neighborhood(ids: $ids, hops: $h, limit: $l) { truncated } }',
];

function randomValue(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 2 ? 8 : 11)) {
    case 0:
      return null;
    case 1:
      return r.int(2) === 0;
    case 2:
      return r.pick([0, -1, 1e308, -2147483649, 2147483648, 3.5, 201, 1e9]);
    case 3:
      return r.pick([
        '',
        '2025-13-45',
        '2025-02-30',
        'yesterday',
        '20250101',
        '2025-1',
        '9999-99',
        'Z9',
        'A1',
        'F6',
        'bogus-cursor',
        'eyJ4IjoxfQ',
        '\u0000\uffff',
        "' OR 1=1 --",
        'MATCH (n) DETACH DELETE n',
      ]);
    case 4:
      return 'x'.repeat(r.int(5000));
    case 5:
      return String.fromCharCode(...Array.from({ length: r.int(40) }, () => r.int(0xd7ff)));
    case 6:
      return r.int(100000) - 50000;
    case 7:
      return `person:${r.int(1000)}`;
    case 8:
      return Array.from({ length: r.int(5) }, () => randomValue(r, depth + 1));
    case 9:
      return { from: randomValue(r, depth + 1), to: randomValue(r, depth + 1), types: randomValue(r, depth + 1), country: randomValue(r, depth + 1), nope: 1 };
    default:
      return Object.fromEntries(
        Array.from({ length: r.int(4) }, (_, i) => [r.pick(['f', 'n', 'a', 'id', 'q', 'at', 'g', 'd', 'e', 'from', 'to', 'h', 'l', 'ids', `k${i}`]), randomValue(r, depth + 1)]),
      );
  }
}

interface Case {
  kind: string;
  body: string | Uint8Array;
  contentType: string;
  method?: 'POST' | 'GET';
  query?: string;
}

function generate(r: Rng): Case {
  const json = (o: unknown): Case => ({ kind: 'json', body: JSON.stringify(o), contentType: 'application/json' });
  switch (r.int(10)) {
    case 0:
      return {
        kind: 'bytes',
        body: Uint8Array.from({ length: r.int(2000) }, () => r.int(256)),
        contentType: r.pick(['application/json', 'application/octet-stream', 'text/plain', 'application/graphql']),
      };
    case 1: {
      const s = JSON.stringify({ query: r.pick(REAL), variables: randomValue(r) });
      return { kind: 'truncated', body: s.slice(0, r.int(s.length)), contentType: 'application/json' };
    }
    case 2:
      return { ...json({ query: randomValue(r), variables: randomValue(r), operationName: randomValue(r) }), kind: 'wrong-types' };
    case 3: {
      const depth = 5 + r.int(300);
      return { ...json({ query: `{ ${'organization(id: "x") { parents { parent { '.repeat(depth)} id ${'} } }'.repeat(depth)} }` }), kind: 'deep' };
    }
    case 4: {
      // Mostly over the cost limit (2 per alias), refused before execution; some small lists that run.
      // (Near the limit, ~2500 aliases of `about` take 1–2 s each: too slow for this budget.)
      const n = r.int(4) === 0 ? 1 + r.int(100) : 2501 + r.int(20_000);
      return { ...json({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: about { name }`).join(' ')} }` }), kind: 'aliases' };
    }
    case 5:
    case 6:
      return { ...json({ query: r.pick(REAL), variables: randomValue(r, 1) }), kind: 'real-random-vars' };
    case 7:
      return {
        ...json({
          query: `{ ${r.pick(['nope', 'about { nope }', 'events { edges { node { secret } } }', '__schema { nope }', 'person(id: 1) { id }', 'events(first: -5) { totalCount }', 'events(first: 100000) { totalCount }', 'events(after: "bm90LWEtY3Vyc29y") { totalCount }', 'events(filter: { from: "2025-99-99" }) { totalCount }', 'chainOfCommand(eventId: "e", minGrade: Z9) { __typename }'])} }`,
        }),
        kind: 'unknown-or-invalid',
      };
    case 8:
      return {
        kind: 'get',
        body: '',
        contentType: 'application/json',
        method: 'GET',
        query: `?query=${encodeURIComponent(r.pick(REAL))}&variables=${encodeURIComponent(r.pick(['{', 'null', '[]', JSON.stringify(randomValue(r))]))}`,
      };
    default:
      return { ...json({ query: r.pick(REAL), variables: randomValue(r), operationName: r.pick([null, 'Nope', '', 42]), extensions: randomValue(r) }), kind: 'operation-name' };
  }
}

const LEAKS = [/\bMATCH\b/, /\bRETURN\b/, / at \//, /\.ts:\d+/, /\.js:\d+/, /stack/i, /Neo4jError/];

describe('bounded fuzz of /graphql', () => {
  let service: Service;
  let auth: Record<string, string>;
  beforeAll(async () => {
    service = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
    auth = await authHeader(service, ['analyst']);
  });
  afterAll(async () => {
    await service?.close();
  });

  it(`answers ${COUNT} hostile requests without a 5xx, a leak or an uncoded error, and keeps serving`, async () => {
    const r = prng(SEED);
    const started = Date.now();
    const problems: string[] = [];
    let sent = 0;
    for (; sent < COUNT && Date.now() - started < BUDGET_MS; sent++) {
      const c = generate(r);
      const res = await fetch(`${service.url}/graphql${c.query ?? ''}`, {
        method: c.method ?? 'POST',
        headers: { 'content-type': c.contentType, accept: 'application/json', ...auth },
        body: c.method === 'GET' ? undefined : c.body,
        signal: AbortSignal.timeout(20_000),
      });
      const text = await res.text();
      const where = `#${sent} ${c.kind} → ${res.status}`;
      if (res.status >= 500) problems.push(`${where}: 5xx ${text.slice(0, 200)}`);
      for (const leak of LEAKS) {
        // Echoes of the request's own text (a variable holding "MATCH …") are not leaks.
        const sentText = typeof c.body === 'string' ? c.body + (c.query ?? '') : '';
        if (leak.test(text) && !leak.test(sentText)) problems.push(`${where}: leaks ${leak}: ${text.slice(0, 300)}`);
      }
      let parsed: { errors?: { extensions?: { code?: unknown } }[] } | undefined;
      try {
        parsed = JSON.parse(text);
      } catch {
        problems.push(`${where}: not JSON: ${text.slice(0, 200)}`);
      }
      for (const e of parsed?.errors ?? []) if (typeof e.extensions?.code !== 'string') problems.push(`${where}: error without a code: ${JSON.stringify(e).slice(0, 200)}`);
      if (res.status >= 400 && !parsed?.errors?.length) problems.push(`${where}: an error status without errors`);
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(Math.min(COUNT, 100));
    expect(Date.now() - started).toBeLessThan(BUDGET_MS + 20_000);

    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    const after = await gql<{ about: { name: string } }>(service.url, '{ about { name } }', {}, auth);
    expect([after.status, after.body.errors, after.body.data?.about.name]).toEqual([200, undefined, 'evidence-graph']);
  });
});
