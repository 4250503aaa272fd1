/**
 * A throw-away local Neo4j for a benchmark run (its own free port and temporary data folder), the
 * Graph over it with the schema migrated, and a way to empty it between measured runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../src/foundations/config/project-root';
import { CypherLibrary } from '../src/storage/db/cypher-library';
import { Graph } from '../src/storage/db/graph';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jSettings } from '../src/storage/db/local-neo4j/control';
import { freePort } from '../src/storage/db/local-neo4j/free-port';
import { loadMigrations, migrate } from '../src/storage/db/migrations';

const PASSWORD = 'evidence-graph-bench';

export interface BenchDatabase {
  /** Its Bolt address and the password of user neo4j (for child processes). */
  bolt: string;
  password: string;
  /** The Neo4j process, when known (for its peak memory). */
  pid?: number;
  driver: Driver;
  graph: Graph;
  /** Deletes every node but the migration markers (schema and indexes stay). */
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(opts: { heap: string; pagecache: string }): Promise<BenchDatabase> {
  const settings: LocalNeo4jSettings = {
    port: await freePort(),
    dataDir: mkdtempSync(join(tmpdir(), 'evidence-graph-bench-')),
    password: PASSWORD,
    heap: opts.heap,
    pagecache: opts.pagecache,
    txTimeoutSeconds: 300,
  };
  const { status } = await startLocalNeo4j(settings);
  const bolt = `bolt://127.0.0.1:${settings.port}`;
  const driver = neo4j.driver(bolt, neo4j.auth.basic('neo4j', PASSWORD), { disableLosslessIntegers: true });
  const stop = async () => {
    await driver.close();
    await stopLocalNeo4j(settings);
    rmSync(settings.dataDir, { recursive: true, force: true });
  };
  try {
    await driver.verifyConnectivity();
    const graph = new Graph(driver, CypherLibrary.load(join(projectRoot(), 'cypher', 'queries')), 'neo4j', settings.txTimeoutSeconds * 1000);
    await migrate(graph, loadMigrations(join(projectRoot(), 'cypher', 'migrations')));
    const clear = async () => {
      const session = driver.session();
      try {
        await session.run('MATCH (n) WHERE NOT n:_Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
    };
    return { bolt, password: PASSWORD, pid: status.pid, driver, graph, clear, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** One statement in a READ session of its own, as the statement benchmarks time it (the session's round trips included). */
export async function runRead(driver: Driver, cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.run(cypher, params);
  } finally {
    await session.close();
  }
}
