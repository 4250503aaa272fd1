/**
 * The four sides a workload is asked of, each over its own counting view of the one driver:
 * ours and naive and the peer over HTTP (GraphQL POST on a keep-alive connection), raw through
 * neo4j-driver directly (one `executeQuery`, as an application without GraphQL would).
 */
import type { Driver } from 'neo4j-driver';
import { toCypherParams } from '../src/db/graph';
import { countingDriver, type RoundTrips } from './counting-driver';
import type { BenchServer } from './servers';
import type { Case, GraphQLRequest } from './workloads/workload';

export const SIDES = ['ours', 'raw', 'peer', 'naive'] as const;
export type SideName = (typeof SIDES)[number];

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
