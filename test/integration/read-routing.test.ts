/**
 * Reads go to a cluster's read servers when NEO4J_URI is neo4j://: the driver routes a session by
 * its access mode, so every read path must open READ sessions and only writes WRITE ones. One
 * machine has no cluster, but a single Community server answers neo4j:// with a routing table of
 * its own, so the driver does route here: this suite runs the documented queries and the benchmark
 * workloads through a routing driver and records the access mode of every session they open.
 */
import { prng } from '../../bench/dataset';
import { W1 } from '../../bench/workloads/w1-person';
import { W2 } from '../../bench/workloads/w2-chain';
import { W3 } from '../../bench/workloads/w3-neighborhood';
import { W4 } from '../../bench/workloads/w4-events';
import type { Case } from '../../bench/workloads/workload';
import { projectRoot } from '../../src/foundations/config/project-root';
import type { Viewer } from '../../src/entry/graphql/context';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { documentedExamples, type GraphqlExample } from '../support/docs/markdown-examples';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';

jest.setTimeout(180_000);

const ADMIN: Viewer = { id: 'test:admin', roles: ['admin'], cleared: true };
const ROUTED = process.env.NEO4J_URI!.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
const EXAMPLES = documentedExamples(projectRoot()).filter((e): e is GraphqlExample => e.kind === 'graphql');
const isMutation = (e: GraphqlExample) => /^\s*mutation\b/.test(e.query);

let db: Database;
/** Access modes of the sessions and managed queries opened since the last `reset`. */
let modes: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase({ NEO4J_URI: ROUTED });
  await clearGraph(db);
  await loadSeed(db.graph);
  const session = db.driver.session.bind(db.driver);
  jest.spyOn(db.driver, 'session').mockImplementation((config) => (modes.push(`session ${config?.defaultAccessMode ?? 'WRITE (default)'}`), session(config)));
  const executeQuery = db.driver.executeQuery.bind(db.driver);
  jest
    .spyOn(db.driver, 'executeQuery')
    .mockImplementation(
      ((query: string, params: unknown, config?: { routing?: string }) => (
        modes.push(`executeQuery ${config?.routing ?? 'WRITE (default)'}`),
        executeQuery(query, params as never, config as never)
      )) as never,
    );
});
afterAll(async () => {
  jest.restoreAllMocks();
  await db?.close();
});

async function modesOf(run: () => Promise<unknown>): Promise<Set<string>> {
  modes = [];
  await run();
  return new Set(modes);
}

describe('neo4j:// on a single server', () => {
  it('is routed: the server gives a routing table that names it as reader and writer', async () => {
    const [table] = await db.graph.runText<{ servers: { role: string; addresses: string[] }[] }>("CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers", {}, 'READ');
    const address = ROUTED.replace(/^neo4j(\+s|\+ssc)?:\/\//, '');
    for (const role of ['READ', 'WRITE', 'ROUTE']) expect(table!.servers.find((s) => s.role === role)?.addresses).toContain(address);
  });

  it('every documented query and every benchmark workload opens READ sessions only', async () => {
    const reads = EXAMPLES.filter((e) => !isMutation(e));
    expect(reads.length).toBeGreaterThan(10);
    const cases: Case[] = [];
    for (const w of [W1, W2, W3, W4]) cases.push(...(await w.cases(db.driver, prng(1), 3)));
    const seen = await modesOf(async () => {
      for (const e of reads) await execute(db.graph, e.query, e.variables ?? {}, ADMIN);
      for (const c of cases) expect((await execute(db.graph, c.ours.query, c.ours.variables, ADMIN)).errors).toBeUndefined();
    });
    expect([...seen]).toEqual(['session READ']);
  });

  it('a mutation writes in a WRITE transaction', async () => {
    const mutation = EXAMPLES.find((e) => isMutation(e) && !(e.answer as { errors?: unknown }).errors && e.role === undefined)!;
    const seen = await modesOf(async () => expect((await execute(db.graph, mutation.query, mutation.variables ?? {}, ADMIN)).errors).toBeUndefined());
    expect(seen).toContain('session WRITE');
  });

  it('a READ session is a read on the server: a write through one is refused', async () => {
    await expect(db.graph.runText('CREATE (:RoutingProbe)', {}, 'READ')).rejects.toThrow(/read/i);
    expect(await db.graph.runText('MATCH (n:RoutingProbe) RETURN n', {}, 'READ')).toEqual([]);
  });
});
