/**
 * An experiment, not a side: a Driver whose `executeQuery` is an auto-commit `session.run` (RUN and
 * PULL in one network round trip) instead of a managed transaction (BEGIN, RUN, PULL, then COMMIT:
 * two network round trips and a transaction begun and committed in Neo4j). Our Graph reads through
 * `executeQuery`, one per DataLoader batch, so this measures what the proposal "reads as auto-commit
 * queries" would save per database round trip (`npm run bench -- --experiment autocommit`), without
 * changing src/. Retries on transient errors, which executeQuery has, are not reproduced.
 */
import neo4j, { type Driver, type QueryConfig } from 'neo4j-driver';

export function autocommitDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(t, prop) {
      if (prop === 'executeQuery') {
        return async (cypher: string, params?: Record<string, unknown>, config: QueryConfig = {}) => {
          const session = t.session({ database: config.database, defaultAccessMode: config.routing === neo4j.routing.WRITE ? neo4j.session.WRITE : neo4j.session.READ });
          try {
            return await session.run(cypher, params, config.transactionConfig);
          } finally {
            await session.close();
          }
        };
      }
      const value = Reflect.get(t, prop, t) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}
