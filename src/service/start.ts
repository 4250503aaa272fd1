/**
 * Start-up, in the order that fails fastest: configuration (already validated by the caller),
 * Cypher files and migrations, database connection, migrations applied, every query planned,
 * seed dataset loaded into an empty database, schema built, HTTP served.
 */
import type { Config } from '../config/environment';
import { bytes } from '../config/environment';
import { checkQueries } from '../db/check-queries';
import { migrate } from '../db/migrations';
import { buildSchema } from '../graphql/schema';
import { checkReadiness } from '../http/health';
import { startHttp } from '../http/server';
import type { Logger } from '../logger';
import { loadSeedIfEmpty } from '../seed/load-seed';
import { openDatabase, type Database } from './database';

export interface Service {
  url: string;
  db: Database;
  /** Drains requests in flight, closes the driver, stops a local Neo4j this process started. */
  close(): Promise<void>;
}

export async function startService(config: Config, logger: Logger): Promise<Service> {
  const schema = buildSchema();
  const db = await openDatabase(config, logger);
  try {
    await migrate(db.graph, db.migrations, (m) => logger.info(m));
    await checkQueries(db.graph);
    if (config.SEED_ON_START) await loadSeedIfEmpty(db.graph, logger);
    const http = await startHttp({
      schema,
      graph: db.graph,
      logger,
      readiness: () => checkReadiness(db.graph, db.migrations),
      host: config.HOST,
      port: config.PORT,
      development: config.NODE_ENV === 'development',
      maxBodyBytes: bytes(config.MAX_BODY_SIZE),
    });
    logger.info({ url: `${http.url}/graphql` }, 'evidence-graph is serving');
    let closing: Promise<void> | undefined;
    return {
      url: http.url,
      db,
      close: () =>
        (closing ??= (async () => {
          await http.close();
          logger.info('HTTP closed; closing the database connection');
          await db.close();
          logger.info('shut down');
        })()),
    };
  } catch (e) {
    await db.close();
    throw e;
  }
}
