/**
 * The four sides a workload is asked of, each over its own counting view of the one driver:
 * ours and naive and the peer over HTTP (GraphQL POST on a keep-alive connection), raw through
 * neo4j-driver directly (one `executeQuery`, as an application without GraphQL would). A fifth,
 * `empty`, asks our server an empty GraphQL request (`{ __typename }`: HTTP, authentication,
 * Apollo, the plugins, no resolver, no database), timed beside the others: raw + empty is the
 * floor of any GraphQL-over-HTTP answer here, what ours is measured against.
 */
import type { Driver } from 'neo4j-driver';
import { toCypherParams } from '../src/storage/db/graph';
import { countingDriver, type RoundTrips } from './counting-driver';
import type { BenchServer } from './servers';
import type { Case, GraphQLRequest } from './workloads/workload';

export const SIDES = ['ours', 'raw', 'peer', 'naive', 'empty'] as const;
export type SideName = (typeof SIDES)[number];

/** Sides that answer no question of the workload: timed for the floor, never compared. */
export const FLOOR_SIDES: ReadonlySet<SideName> = new Set(['empty']);

/** The empty request the floor is made of. */
export const EMPTY_REQUEST: GraphQLRequest = { query: '{ __typename }', variables: {} };

export interface Side {
  name: SideName;
  roundTrips: RoundTrips;
  /** The answer's data (GraphQL `data`, or the raw rows); throws on any error. */
  ask(c: Case): Promise<unknown>;
  /** Whether the case has a question for this side (the peer may have none). */
  has(c: Case): boolean;
}

async function post(server: BenchServer, request: GraphQLRequest): Promise<unknown> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...server.headers }, body: JSON.stringify(request) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (res.status !== 200 || body.errors?.length) throw new Error(`HTTP ${res.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return body.data;
}

export function graphqlSide(name: 'ours' | 'naive' | 'peer', server: BenchServer, roundTrips: RoundTrips): Side {
  const pick = (c: Case) => (name === 'peer' ? c.peer : c.ours);
  return { name, roundTrips, has: (c) => !!pick(c), ask: (c) => post(server, pick(c)!) };
}

/** Our server asked the empty request whatever the case: the fixed cost of a GraphQL request over HTTP. */
export function emptyRequestSide(server: BenchServer): Side {
  return { name: 'empty', roundTrips: { count: 0 }, has: () => true, ask: () => post(server, EMPTY_REQUEST) };
}

export function rawSide(driver: Driver): Side {
  const roundTrips = { count: 0 };
  const counted = countingDriver(driver, roundTrips);
  return {
    name: 'raw',
    roundTrips,
    has: () => true,
    async ask(c) {
      const res = await counted.executeQuery(c.raw.cypher, toCypherParams(c.raw.params), { routing: 'READ' });
      return res.records.map((r) => r.toObject());
    },
  };
}
