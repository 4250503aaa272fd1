/**
 * Start-up, in the order that fails fastest: configuration (already validated by the caller),
 * Cypher files and migrations, database connection, migrations applied, every query planned,
 * seed dataset loaded into an empty database, schema built, HTTP served.
 */
import type { Config } from '../../foundations/config/environment';
import { bytes } from '../../foundations/config/environment';
import { checkQueries } from '../../storage/db/check-queries';
import { migrate } from '../../storage/db/migrations';
import { RefreshedEstimates } from '../graphql/limits/estimates-refresh';
import { readListEstimates } from '../graphql/limits/list-estimates';
import { buildSchema } from '../graphql/schema';
import { createAuthenticator, type Authenticator } from '../../domain/auth/tokens';
import { ExportJobStore, exportJobSettings } from '../../domain/exports/jobs';
import { configureCoverage } from '../../domain/coverage';
import { checkReadiness } from '../http/health';
import { startHttp } from '../http/server';
import type { Logger } from '../../foundations/logger';
import { loadSeedIfEmpty } from '../../domain/seed/load-seed';
import { openDatabase, type Database } from './database';

export interface Service {
  url: string;
  db: Database;
  /** Verifies bearer tokens; issues them when a secret is configured (tests, the development token). */
  auth: Authenticator;
  /**
   * With NODE_ENV=development and no AUTH_JWT_SECRET/AUTH_JWKS_FILE: a ready-to-use admin token
   * (cleared) signed with the development secret, for `serve` to print.
   */
  developmentToken?: string;
  /** GraphQL export jobs: in the database, their files in EXPORT_DIR, shared with every replica. */
  exportJobs: ExportJobStore;
  /** What the query cost limit takes the lists to hold, read from the database and refreshed in the background. */
  costEstimates: RefreshedEstimates;
  /** Drains requests in flight, closes the driver, stops a local Neo4j this process started. */
  close(): Promise<void>;
}

export async function startService(config: Config, logger: Logger): Promise<Service> {
  const schema = buildSchema();
  // Before the database: a missing or unreadable key set fails start-up at once.
  const auth = await createAuthenticator(config.auth);
  const db = await openDatabase(config, logger);
  const costEstimates = new RefreshedEstimates(() => readListEstimates(db.graph), logger);
  try {
    await migrate(db.graph, db.migrations, (m) => logger.info(m));
    await checkQueries(db.graph);
    if (config.SEED_ON_START) await loadSeedIfEmpty(db.graph, logger);
    // GraphQL export jobs write under EXPORT_DIR and sign bundles with this configuration's key.
    const exportJobs = new ExportJobStore(db.graph, exportJobSettings(config), config.exports.jobs, logger);
    configureCoverage(config);
    // After seeding, so the first reading describes the data the service starts with.
    await costEstimates.refresh();
    costEstimates.start(config.GRAPHQL_COST_REFRESH_SECONDS);
    const http = await startHttp({
      schema,
      graph: db.graph,
      logger,
      readiness: () => checkReadiness(db.graph, db.migrations),
      host: config.HOST,
      port: config.PORT,
      development: config.NODE_ENV === 'development',
      maxBodyBytes: bytes(config.MAX_BODY_SIZE),
      auth,
      queryLimits: { maxDepth: config.GRAPHQL_MAX_DEPTH, maxCost: config.GRAPHQL_MAX_COST, estimates: () => costEstimates.current },
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      sourcesDir: config.sourcesDir,
      exportJobs,
    });
    logger.info({ url: `${http.url}/graphql`, auth: auth.mode }, 'evidence-graph is serving');
    const developmentToken = config.auth.mode === 'development' && config.NODE_ENV === 'development' ? await auth.issue({ user: 'developer', roles: ['admin'], cleared: true }) : undefined;
    let closing: Promise<void> | undefined;
    return {
      url: http.url,
      db,
      auth,
      exportJobs,
      developmentToken,
      costEstimates,
      close: () =>
        (closing ??= (async () => {
          await http.close();
          // Before the driver closes: this replica's unfinished exports are marked FAILED.
          await exportJobs.close();
          await costEstimates.stop();
          logger.info('HTTP closed; closing the database connection');
          await db.close();
          logger.info('shut down');
        })()),
    };
  } catch (e) {
    await costEstimates.stop();
    await db.close();
    throw e;
  }
}
