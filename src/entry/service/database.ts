/**
 * Connecting to the configured Neo4j: the local instance (started if needed) or NEO4J_URI.
 * Fails at start-up with a clear message, never at the first query.
 */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../foundations/config/environment';
import { projectRoot } from '../../foundations/config/project-root';
import { CypherLibrary } from '../../storage/db/cypher-library';
import { createDriver } from '../../storage/db/driver';
import { Graph } from '../../storage/db/graph';
import { startLocalNeo4j, stopLocalNeo4j } from '../../storage/db/local-neo4j/control';
import { loadMigrations, type Migration } from '../../storage/db/migrations';
import type { Logger } from '../../foundations/logger';

export interface Database {
  driver: Driver;
  graph: Graph;
  migrations: Migration[];
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export class DatabaseConnectError extends Error {
  override name = 'DatabaseConnectError';
}

export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  // Files first: a broken Cypher file fails before anything is started.
  const cypher = CypherLibrary.load(join(projectRoot(), 'cypher', 'queries'));
  const migrations = loadMigrations(join(projectRoot(), 'cypher', 'migrations'));

  let ownsLocal = false;
  if (config.neo4j.local) {
    const { started } = await startLocalNeo4j(config.localNeo4j, { onProgress: (m) => logger.info(m) });
    ownsLocal = started;
    logger.info({ uri: config.neo4j.uri, started }, started ? 'local Neo4j started' : 'using the local Neo4j already running');
  }
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (e) {
    await driver.close();
    if (ownsLocal) await stopLocalNeo4j(config.localNeo4j);
    throw new DatabaseConnectError(`cannot connect to Neo4j at ${config.neo4j.uri} as ${config.neo4j.user}: ${(e as Error).message}`);
  }
  const graph = new Graph(driver, cypher, config.neo4j.database, config.NEO4J_TX_TIMEOUT_SECONDS * 1000);
  return {
    driver,
    graph,
    migrations,
    close: async () => {
      await driver.close();
      if (ownsLocal) {
        logger.info('stopping the local Neo4j');
        await stopLocalNeo4j(config.localNeo4j);
      }
    },
  };
}
