/**
 * `evidence-graph export`: one export from the command line (src/domain/exports/run.ts). The operator
 * runs it as `cli:<user>` with the admin role against the database directly (like import and
 * audit), and NOT cleared unless `--cleared` is given: safety first, a file handed on by mistake
 * then holds no protected identity.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { Viewer } from '../../domain/auth/permissions';
import { loadConfig, type Config } from '../../foundations/config/environment';
import { migrate } from '../../storage/db/migrations';
import { AppError, ErrorCode } from '../../foundations/errors';
import { runExport } from '../../domain/exports/run';
import { parseExportSelection } from '../../domain/exports/selection';
import { loadSigningKey } from '../../domain/exports/signing';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult, type ExportSelection } from '../../domain/exports/types';
import { createProgress } from './progress';
import { createLogger } from '../../foundations/logger';
import { openDatabase } from '../service/database';
import { UsageError } from './usage-error';

interface ExportOptions {
  format?: string;
  out?: string;
  ids?: string;
  hops?: string;
  from?: string;
  to?: string;
  minGrade?: string;
  kinds?: string;
  event?: string;
  at?: string;
  allegation?: string;
  accused?: string;
  all?: boolean;
  cleared?: boolean;
  force?: boolean;
  metrics: boolean;
  signingKey?: string;
  json?: boolean;
}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The selection the options describe: exactly one of --ids, --event, --allegation, --all, with only its own modifiers. */
export function selectionFromOptions(o: ExportOptions): ExportSelection {
  const chosen = (['ids', 'event', 'allegation', 'accused', 'all'] as const).filter((k) => o[k] !== undefined && o[k] !== false);
  if (chosen.length !== 1) {
    throw new UsageError(`choose exactly one selection: --ids a,b | --event ID | --allegation ID | --accused ID | --all${chosen.length ? ` (got ${chosen.map((k) => `--${k}`).join(' and ')})` : ''}`);
  }
  const misplaced = (names: (keyof ExportOptions)[], owner: string) => {
    const given = names.filter((n) => o[n] !== undefined);
    if (given.length) throw new UsageError(`${given.map((n) => `--${n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')} only go${given.length === 1 ? 'es' : ''} with ${owner}`);
  };
  if (chosen[0] !== 'ids') misplaced(['hops', 'from', 'to', 'minGrade', 'kinds'], '--ids');
  if (chosen[0] !== 'event') misplaced(['at'], '--event');
  let raw: Record<string, unknown>;
  switch (chosen[0]) {
    case 'ids':
      raw = {
        by: 'seeds',
        ids: list(o.ids!),
        hops: o.hops === undefined ? undefined : Number(o.hops),
        from: o.from,
        to: o.to,
        minGrade: o.minGrade,
        kinds: o.kinds === undefined ? undefined : list(o.kinds).map((k) => k.toUpperCase()),
      };
      break;
    case 'event':
      raw = { by: 'event', event: o.event, at: o.at };
      break;
    case 'allegation':
      raw = { by: 'allegation', allegation: o.allegation };
      break;
    case 'accused':
      raw = { by: 'accused', accused: o.accused };
      break;
    default:
      raw = { by: 'all' };
  }
  try {
    return parseExportSelection(raw);
  } catch (e) {
    // Field names as the options spell them.
    if (e instanceof AppError) throw new UsageError(e.message.replace(/\bids\b/, '--ids').replace(/\bminGrade\b/, '--min-grade'));
    throw e;
  }
}

async function signingKeyFor(format: ExportFormat, o: ExportOptions, config: Config): Promise<string | undefined> {
  if (format !== 'bundle') return undefined;
  if (o.signingKey)
    return readFile(o.signingKey, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`--signing-key: cannot read ${o.signingKey} (${e.code ?? e.message})`);
    });
  return (await loadSigningKey(config.exports.signing)).privateKeyPem;
}

export function formatResult(r: ExportResult): string {
  const red = r.redaction;
  const redaction = red.cleared
    ? 'cleared: nothing redacted (the export shows protected identities; handle it accordingly)'
    : `not cleared: ${red.pseudonymised} pseudonymised, ${red.withheld} withheld, ${red.recordsOmitted} records omitted, ${red.confidentialSources} confidential sources without content`;
  const lines = [
    `${r.format} export written to ${r.path} (${r.bytes} bytes)`,
    `sha256     ${r.sha256}`,
    `records    ${r.counts.records}: ${r.counts.sources} sources, ${r.counts.nodes} nodes, ${r.counts.facts} facts`,
    `redaction  ${redaction}`,
    ...(r.notes.length ? ['notes:', ...r.notes.map((n) => `  - ${n}`)] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** AppErrors a user can fix by changing the command: printed plainly, exit code 2. */
export const USAGE_CODES = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.LIMIT_EXCEEDED, ErrorCode.NOT_FOUND, ErrorCode.CONFLICT, ErrorCode.FORBIDDEN]);

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a subgraph (or everything) as GraphML, GEXF, Cytoscape.js, neo4j-admin CSV, records v1, FollowTheMoney, a signed referral bundle, or a case matrix (matrix-csv, matrix-html)')
    .option('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--out <path>', 'the file (a folder for bundle) to write; refused if it exists, unless --force')
    .option('--ids <ids>', 'selection: these records (comma-separated) and what is within --hops links of them')
    .option('--hops <n>', 'with --ids: links to follow, 0 to 4 (default 1)')
    .option('--from <date>', 'with --ids: only facts and events possibly valid on or after this (partial) date')
    .option('--to <date>', 'with --ids: only facts and events possibly valid on or before this (partial) date')
    .option('--min-grade <grade>', 'with --ids: only facts with a citation at least this good, e.g. B2')
    .option('--kinds <kinds>', 'with --ids: only records of these kinds, e.g. PERSON,ORGANIZATION,EVENT')
    .option('--event <id>', 'selection: this event, its participants and its chain of command')
    .option('--at <date>', "with --event: the date of the chain of command (default: the event's start)")
    .option('--allegation <id>', 'selection: this allegation, its accused, provision, events and their participants')
    .option('--accused <id>', 'selection: every allegation against this accused, each as --allegation (matrix-csv, matrix-html: their case matrix)')
    .option('--all', 'selection: every record')
    .option('--cleared', "show protected persons' identities and confidential sources' content (default: redacted)")
    .option('--force', 'replace --out if it exists')
    .option('--no-metrics', 'graph formats: skip degree, betweenness and community')
    .option('--signing-key <file>', 'bundle: the Ed25519 private key (PKCS#8 PEM); default EXPORT_SIGNING_KEY_FILE')
    .option('--json', 'print the result as JSON')
    .action(async (o: ExportOptions) => {
      if (!o.format || !(EXPORT_FORMATS as readonly string[]).includes(o.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}${o.format ? ` (got "${o.format}")` : ''}`);
      if (!o.out) throw new UsageError('--out PATH is required');
      const format = o.format as ExportFormat;
      const selection = selectionFromOptions(o);
      const config = loadConfig();
      const signingKeyPem = await signingKeyFor(format, o, config);
      const viewer: Viewer = { id: `cli:${userInfo().username}`, roles: ['admin'], cleared: !!o.cleared };
      const db = await openDatabase(config, createLogger(config.LOG_LEVEL, 2));
      const progress = createProgress(process.stderr);
      let result: ExportResult;
      try {
        await migrate(db.graph, db.migrations);
        result = await runExport(db.graph, { selection, format, out: o.out, metrics: o.metrics, force: !!o.force, onProgress: progress.tick }, viewer, {
          sourcesDir: config.sourcesDir,
          signingKeyPem,
        });
      } catch (e) {
        if (e instanceof AppError && USAGE_CODES.has(e.code)) throw new UsageError(e.message);
        throw e;
      } finally {
        progress.stop();
        await db.close();
      }
      process.stdout.write(o.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result));
    });
}
