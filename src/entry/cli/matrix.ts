/**
 * `evidence-graph matrix --accused ID --format csv|html --out FILE`: the case matrix of an accused
 * (or, with --allegation, of one allegation), element by element, as CSV or a printable HTML page.
 * An export like any other (src/domain/exports/run.ts): run as `cli:<user>` with the admin role, NOT
 * cleared unless `--cleared`, audited, written beside FILE and renamed into place when complete.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { Viewer } from '../../domain/auth/permissions';
import { loadConfig } from '../../foundations/config/environment';
import { migrate } from '../../storage/db/migrations';
import { AppError } from '../../foundations/errors';
import { runExport } from '../../domain/exports/run';
import type { ExportResult, MatrixFormat } from '../../domain/exports/types';
import { createLogger } from '../../foundations/logger';
import { openDatabase } from '../service/database';
import { USAGE_CODES } from './export';
import { UsageError } from './usage-error';

interface MatrixOptions {
  accused?: string;
  allegation?: string;
  format?: string;
  out?: string;
  cleared?: boolean;
  force?: boolean;
  json?: boolean;
}

const FORMATS: Record<string, MatrixFormat> = { csv: 'matrix-csv', html: 'matrix-html' };

export function formatMatrixResult(r: ExportResult): string {
  const red = r.redaction;
  const redaction = red.cleared
    ? 'cleared: nothing redacted (the matrix shows protected identities; handle it accordingly)'
    : `not cleared: ${red.pseudonymised} pseudonymised, ${red.withheld} withheld, ${red.recordsOmitted} records omitted, ${red.confidentialSources} confidential sources without quotes`;
  const lines = [
    `${r.format} written to ${r.path} (${r.bytes} bytes)`,
    `sha256     ${r.sha256}`,
    `matrix     ${r.counts.nodes} elements, ${r.counts.facts} evidence items from ${r.counts.sources} sources (${r.counts.records} rows)`,
    `redaction  ${redaction}`,
    ...(r.notes.length ? ['notes:', ...r.notes.map((n) => `  - ${n}`)] : []),
  ];
  return `${lines.join('\n')}\n`;
}

function selectionOf(o: MatrixOptions) {
  if ((o.accused === undefined) === (o.allegation === undefined)) throw new UsageError('choose one: --accused ID (every allegation against them) or --allegation ID');
  return o.accused !== undefined ? { by: 'accused' as const, accused: o.accused } : { by: 'allegation' as const, allegation: o.allegation! };
}

export function registerMatrix(program: Command): void {
  program
    .command('matrix')
    .description('write the case matrix of an accused: every allegation against them, element by element (evidence, corroboration, rival accounts, gaps), as CSV or a printable HTML page')
    .option('--accused <id>', 'every allegation against this person or organisation')
    .option('--allegation <id>', 'instead: this allegation only')
    .option('--format <format>', 'csv (one row per allegation × element × evidence item) | html (a printable report)')
    .option('--out <file>', 'the file to write; refused if it exists, unless --force')
    .option('--cleared', "show protected persons' identities and non-public sources' quotes (default: redacted)")
    .option('--force', 'replace --out if it exists')
    .option('--json', 'print the result as JSON')
    .action(async (o: MatrixOptions) => {
      const format = FORMATS[o.format ?? ''];
      if (!format) throw new UsageError(`--format must be csv or html${o.format ? ` (got "${o.format}")` : ''}`);
      if (!o.out) throw new UsageError('--out FILE is required');
      const selection = selectionOf(o);
      const config = loadConfig();
      const viewer: Viewer = { id: `cli:${userInfo().username}`, roles: ['admin'], cleared: !!o.cleared };
      const db = await openDatabase(config, createLogger(config.LOG_LEVEL, 2));
      let result: ExportResult;
      try {
        await migrate(db.graph, db.migrations);
        result = await runExport(db.graph, { selection, format, out: o.out, force: !!o.force }, viewer, { sourcesDir: config.sourcesDir });
      } catch (e) {
        if (e instanceof AppError && USAGE_CODES.has(e.code)) throw new UsageError(e.message);
        throw e;
      } finally {
        await db.close();
      }
      process.stdout.write(o.json ? `${JSON.stringify(result, null, 2)}\n` : formatMatrixResult(result));
    });
}
