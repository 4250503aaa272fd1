import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { formatVerification, listAudit, verifyAudit } from '../../domain/audit';
import { loadConfig } from '../../foundations/config/environment';
import { createLogger } from '../../foundations/logger';
import { openDatabase, type Database } from '../service/database';

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.LOG_LEVEL, 2));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const limit = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('must be a whole number from 1 to 100000');
  return n;
};

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the audit trail: who changed, imported or exported what, and when (a hash chain)');

  audit
    .command('verify')
    .description('walk the whole hash chain and report changed, removed or unlinked entries and a head that disagrees; exits 0 when intact, 1 otherwise')
    .option('--json', 'print the verification as JSON')
    .action(async (options: { json?: boolean }) => {
      const v = await withDatabase((db) => verifyAudit(db.graph));
      process.stdout.write(options.json ? `${JSON.stringify(v, null, 2)}\n` : formatVerification(v));
      process.exitCode = v.ok ? 0 : 1;
    });

  audit
    .command('list')
    .description('print the trail, newest first')
    .option('--limit <n>', 'entries to print', limit, 20)
    .option('--actor <actor>', 'only this actor’s entries (e.g. cli:alice)')
    .option('--action <action>', 'only this action: create, update, import-batch, export')
    .option('--target <id>', 'only entries about this record (or import:<key>)')
    .option('--json', 'print the entries as JSON Lines, details included')
    .action(async (o: { limit: number; actor?: string; action?: string; target?: string; json?: boolean }) => {
      const entries = await withDatabase((db) => listAudit(db.graph, { actor: o.actor, action: o.action, target: o.target }, { limit: o.limit }));
      const lines = o.json ? entries.map((e) => JSON.stringify(e)) : entries.map((e) => [String(e.seq).padStart(6), e.at, e.actor, e.action, e.target ?? '-', summary(e.details)].join('  '));
      process.stdout.write(lines.length ? `${lines.join('\n')}\n` : o.json ? '' : 'no entries\n');
    });
}

/** A few words about an entry's details for the table. */
function summary(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  const d = details as Record<string, unknown>;
  if (typeof d.outcome === 'string') return `${String(d.recordType)} ${d.outcome}`;
  if (d.records && typeof d.records === 'object') {
    const r = d.records as Record<string, unknown[]>;
    const what = d.pass === 'records' ? `${String(d.file)} batch ${String(d.batch)}/${String(d.batches)}` : ((d.files as string[] | undefined)?.join(', ') ?? '');
    return `${what}: ${r.created?.length ?? 0} created, ${r.updated?.length ?? 0} updated, ${r.unchanged?.length ?? 0} unchanged`;
  }
  if (d.pass === 'contradictions') return `${String(d.file)} batch ${String(d.batch)}/${String(d.batches)}: ${(d.contradictions as unknown[] | undefined)?.length ?? 0} contradictions`;
  if (typeof d.bundleHash === 'string') return `bundle ${d.bundleHash}`;
  return '';
}
