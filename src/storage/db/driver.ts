import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../../foundations/config/environment';

/**
 * The driver for the configured Neo4j. Integers come back as JS numbers (counts and ids here stay
 * far below 2^53), and connection attempts give up quickly so that an unreachable database turns
 * into a prompt DATABASE_UNAVAILABLE rather than a hung request.
 */
export function createDriver(config: Pick<Config, 'neo4j' | 'NEO4J_MAX_POOL_SIZE'>): Driver {
  return neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: config.NEO4J_MAX_POOL_SIZE,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'evidence-graph/0.1',
  });
}
