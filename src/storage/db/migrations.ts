/**
 * Numbered, idempotent schema migrations (cypher/migrations/NNNN_name.cypher). Each applied
 * migration is recorded as a (:_Migration {id, checksum, appliedAt}) node so it runs once; a
 * recorded migration whose file has since changed stops start-up, since the database and the code
 * would disagree about the schema.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from './graph';

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  changed: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const FILE = /^(\d{4})_[a-z0-9_]+\.cypher$/;

/** Splits a file into statements at semicolons ending a line; `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadMigrations(dir: string): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const bad = files.filter((f) => !FILE.test(f));
  if (bad.length) throw new MigrationError(`migration files must be named NNNN_name.cypher: ${bad.join(', ')}`);
  return files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const statements = splitStatements(text);
    if (!statements.length) throw new MigrationError(`${f} holds no statement`);
    return { id: f.replace(/\.cypher$/, ''), checksum: createHash('sha256').update(text).digest('hex'), statements };
  });
}

async function recorded(graph: Graph): Promise<Map<string, string>> {
  const rows = await graph.runText<{ id: string; checksum: string }>('MATCH (m:_Migration) RETURN m.id AS id, m.checksum AS checksum', {}, 'READ');
  return new Map(rows.map((r) => [r.id, r.checksum]));
}

export async function migrationStatus(graph: Graph, migrations: Migration[]): Promise<MigrationStatus> {
  const done = await recorded(graph);
  return {
    applied: migrations.filter((m) => done.get(m.id) === m.checksum).map((m) => m.id),
    pending: migrations.filter((m) => !done.has(m.id)).map((m) => m.id),
    changed: migrations.filter((m) => done.has(m.id) && done.get(m.id) !== m.checksum).map((m) => m.id),
  };
}

/** Applies the pending migrations in order; returns the ids applied by this call. */
export async function migrate(graph: Graph, migrations: Migration[], log?: (msg: string) => void): Promise<string[]> {
  const status = await migrationStatus(graph, migrations);
  if (status.changed.length) {
    throw new MigrationError(`already applied migrations were edited since: ${status.changed.join(', ')}. Add a new numbered migration instead of changing an applied one.`);
  }
  const applied: string[] = [];
  for (const m of migrations.filter((x) => status.pending.includes(x.id))) {
    // Schema statements cannot share a transaction with writes, so each runs on its own; all are
    // IF NOT EXISTS, so a migration interrupted half-way is simply run again.
    for (const statement of m.statements) await graph.runText(statement);
    await graph.runText('MERGE (m:_Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()', { id: m.id, checksum: m.checksum });
    applied.push(m.id);
    log?.(`applied migration ${m.id}`);
  }
  return applied;
}
