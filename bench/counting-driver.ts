/**
 * A neo4j-driver Driver that counts database round trips: every `executeQuery`, and every `run` on
 * a session or a transaction (managed or explicit). Every side of the benchmark (our service, the
 * naive resolvers, the @neo4j/graphql peer, the raw Cypher) talks to Neo4j through one of these, so
 * round trips per request are counted the same way for all of them, without touching their code.
 * Counts are read around one request at a time (the check pass runs sequentially), so one shared
 * counter is exact.
 */
import type { Driver } from 'neo4j-driver';

export interface RoundTrips {
  count: number;
}

/** Wraps the object's `run` (and, for sessions, the transactions it hands out) to count calls. */
function countingRunner<T extends object>(target: T, counter: RoundTrips): T {
  return new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t) as unknown;
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (prop === 'run') {
        return (...args: unknown[]) => {
          counter.count += 1;
          return fn.apply(t, args);
        };
      }
      if (prop === 'executeRead' || prop === 'executeWrite') {
        return (work: (tx: object) => unknown, ...rest: unknown[]) => fn.apply(t, [(tx: object) => work(countingRunner(tx, counter)), ...rest]);
      }
      if (prop === 'beginTransaction') {
        return (...args: unknown[]) => countingRunner(fn.apply(t, args) as object, counter);
      }
      return fn.bind(t);
    },
  });
}

export function countingDriver(driver: Driver, counter: RoundTrips): Driver {
  return new Proxy(driver, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t) as unknown;
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (prop === 'executeQuery') {
        return (...args: unknown[]) => {
          counter.count += 1;
          return fn.apply(t, args);
        };
      }
      if (prop === 'session') return (...args: unknown[]) => countingRunner(fn.apply(t, args) as object, counter);
      return fn.bind(t);
    },
  });
}
