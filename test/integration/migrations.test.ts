/** Migrations against the real Neo4j: applied once, idempotent, and guarded against edits. */
import { migrate, migrationStatus, type Migration } from '../../src/storage/db/migrations';
import type { Database } from '../../src/entry/service/database';
import { openTestDatabase } from '../support/service';

async function schemaShape(db: Database): Promise<string[]> {
  const constraints = await db.graph.runText<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ');
  const indexes = await db.graph.runText<{ name: string; state: string }>('SHOW INDEXES YIELD name, state RETURN name, state', {}, 'READ');
  return [...constraints.map((c) => `constraint ${c.name}`), ...indexes.map((i) => `index ${i.name} ${i.state}`)].sort();
}

describe('migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('run twice leave the same schema, and the second run applies nothing', async () => {
    await migrate(db.graph, db.migrations);
    await db.graph.runText('CALL db.awaitIndexes(60)');
    const first = await schemaShape(db);
    expect(first).toEqual(expect.arrayContaining(['constraint record_id', 'constraint person_id', 'index entity_search ONLINE', 'index event_start ONLINE']));

    expect(await migrate(db.graph, db.migrations)).toEqual([]);
    // Even re-running every statement (as after a crash half-way through a migration) changes nothing.
    for (const m of db.migrations) for (const s of m.statements) await db.graph.runText(s);
    expect(await schemaShape(db)).toEqual(first);
    expect(await migrationStatus(db.graph, db.migrations)).toEqual({ applied: db.migrations.map((m) => m.id), pending: [], changed: [] });
  });

  it('refuse to run when an applied migration was edited since', async () => {
    await migrate(db.graph, db.migrations);
    const edited: Migration[] = db.migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    await expect(migrate(db.graph, edited)).rejects.toThrow(`already applied migrations were edited since: ${db.migrations[0]!.id}. Add a new numbered migration instead of changing an applied one.`);
  });

  it('apply a new migration once', async () => {
    const extra: Migration = { id: '9999_test_extra', checksum: 'x', statements: ['CREATE INDEX test_extra IF NOT EXISTS FOR (n:TestOnly) ON (n.x)'] };
    try {
      expect(await migrate(db.graph, [...db.migrations, extra])).toEqual(['9999_test_extra']);
      expect(await migrate(db.graph, [...db.migrations, extra])).toEqual([]);
    } finally {
      await db.graph.runText('DROP INDEX test_extra IF EXISTS');
      await db.graph.runText("MATCH (m:_Migration {id: '9999_test_extra'}) DELETE m");
    }
  });
});
