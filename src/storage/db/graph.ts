/**
 * The service's access to Neo4j: named queries from the Cypher library, always parameterised,
 * always inside the transaction timeout, with driver errors translated to coded ones. Each call
 * is one database round trip and is counted, so tests and benchmarks can check that a nested
 * GraphQL query costs a bounded number of them.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { fromDatabaseError } from '../../foundations/errors';
import type { QueryName } from '../../generated/query-names';
import { DatabaseCircuit } from './circuit';
import type { CypherLibrary } from './cypher-library';

export interface RoundTripCounter {
  count: number;
}

export type Params = Record<string, unknown>;
export type Row = RecordShape;
export type { QueryName };

export interface GraphTx {
  /** Runs a named query inside the transaction. */
  run<T extends Row = Row>(name: QueryName, params?: Params): Promise<T[]>;
  /** Runs Cypher generated from the model (the graph writer); never built from user text. */
  runText<T extends Row = Row>(cypher: string, params?: Params): Promise<T[]>;
}

/**
 * JavaScript has one number type and the driver sends it as a Cypher float; whole numbers go as
 * integers instead, so LIMIT accepts them and grades and counts are stored as integers.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toCypherParams(v);
    return out;
  }
  return value;
}

export class Graph {
  constructor(
    readonly driver: Driver,
    readonly cypher: CypherLibrary,
    readonly database: string,
    readonly txTimeoutMs: number,
    private readonly counter: RoundTripCounter = { count: 0 },
    /** Shared by every view of the graph: see circuit.ts. */
    readonly circuit: DatabaseCircuit = new DatabaseCircuit(),
  ) {}

  /** A view of the same graph whose round trips are counted in `counter` (one per request). */
  withCounter(counter: RoundTripCounter): Graph {
    return new Graph(this.driver, this.cypher, this.database, this.txTimeoutMs, counter, this.circuit);
  }

  /** A view of the same graph whose transactions may run for `txTimeoutMs` (work that is not a request's). */
  withTxTimeout(txTimeoutMs: number): Graph {
    return new Graph(this.driver, this.cypher, this.database, txTimeoutMs, this.counter, this.circuit);
  }

  /** Runs `attempt` unless the circuit says the database is down; tells the circuit how it went. */
  private async guarded<T>(attempt: () => Promise<T>): Promise<T> {
    this.circuit.check();
    try {
      const result = await attempt();
      this.circuit.record(null);
      return result;
    } catch (e) {
      const translated = fromDatabaseError(e);
      this.circuit.record(translated);
      throw translated;
    }
  }

  get roundTrips(): number {
    return this.counter.count;
  }

  read<T extends Row = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    return this.execute<T>(this.cypher.get(name), params, 'READ');
  }

  /**
   * A read that must see what another replica of the service wrote a moment ago (an export job it
   * started). Ordinary reads go to the cluster's read servers with this process's bookmarks, which
   * cannot know another process's writes, so a follower may not have them yet; this read goes to
   * the leader, which has every committed write. Against a single server it is an ordinary read.
   */
  readFromLeader<T extends Row = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    this.counter.count += 1;
    return this.guarded(() => this.managed<T>(this.cypher.get(name), params, 'WRITE'));
  }

  write<T extends Row = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    return this.execute<T>(this.cypher.get(name), params, 'WRITE');
  }

  /** Runs model-generated or schema Cypher (migrations, the writer); never built from user text. */
  runText<T extends Row = Row>(cypher: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<T[]> {
    return this.execute<T>(cypher, params, mode);
  }

  /** One write transaction: everything in `work` commits together or not at all. */
  transaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', work);
  }

  /**
   * Reads for code written against a transaction that makes a single query (the chain of command
   * behind an event): each an auto-commit query, with no BEGIN and COMMIT around it.
   */
  get autoCommitReads(): GraphTx {
    return { run: (name, params) => this.read(name, params), runText: (cypher, params) => this.runText(cypher, params, 'READ') };
  }

  /** A read transaction for several queries that must see one state. */
  readTransaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.inSession('READ', work);
  }

  private inSession<T>(mode: 'READ' | 'WRITE', work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.guarded(async () => {
      // The bookmark manager `write` and the auto-commit reads share: a read after this transaction
      // waits, on a cluster's read server, until that server has it.
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const unit = (mtx: ManagedTransaction) => work(this.wrap(mtx));
        const config = { timeout: this.txTimeoutMs };
        return await (mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config));
      } finally {
        await session.close();
      }
    });
  }

  private wrap(mtx: ManagedTransaction): GraphTx {
    const run = async <T extends Row>(cypher: string, params: Params): Promise<T[]> => {
      this.counter.count += 1;
      const result = await mtx.run<T>(cypher, toCypherParams(params));
      return result.records.map((r) => r.toObject());
    };
    return {
      run: (name, params = {}) => run(this.cypher.get(name), params),
      runText: (cypher, params = {}) => run(cypher, params),
    };
  }

  private execute<T extends Row>(cypher: string, params: Params, mode: 'READ' | 'WRITE'): Promise<T[]> {
    this.counter.count += 1;
    return this.guarded(async () => (mode === 'READ' ? this.autoCommitRead<T>(cypher, params) : this.managed<T>(cypher, params, 'WRITE')));
  }

  /**
   * A read as one auto-commit query: RUN and PULL go out together and the answer comes back in one
   * network round trip, where executeQuery's managed transaction adds BEGIN and COMMIT (a second
   * round trip, and a transaction begun and committed in Neo4j) to every DataLoader batch. A
   * single read needs no transaction around it; reads that must see one state use readTransaction.
   * The session shares executeQuery's bookmark manager, so a read still sees the writes made
   * through `write` before it (in a cluster too). A transient failure (the database stopping, a
   * leader switch) is retried as a managed transaction, with the driver's retries and their time
   * limit, so a read fails as it did before: DATABASE_UNAVAILABLE once the database is gone.
   */
  private async autoCommitRead<T extends Row>(cypher: string, params: Params): Promise<T[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run<T>(cypher, toCypherParams(params), { timeout: this.txTimeoutMs });
      return result.records.map((r) => r.toObject());
    } catch (e) {
      if (!isRetryableError(e)) throw e;
    } finally {
      await session.close().catch(() => undefined);
    }
    return this.managed<T>(cypher, params, 'READ');
  }

  /** One query in executeQuery's managed transaction: committed, and retried on transient errors. */
  private async managed<T extends Row>(cypher: string, params: Params, mode: 'READ' | 'WRITE'): Promise<T[]> {
    const result = await this.driver.executeQuery<{ records: { toObject(): T }[] }>(cypher, toCypherParams(params), {
      database: this.database,
      routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      transactionConfig: { timeout: this.txTimeoutMs },
    });
    return result.records.map((r) => r.toObject());
  }
}
