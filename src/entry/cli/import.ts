import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../../foundations/config/environment';
import { migrate } from '../../storage/db/migrations';
import { IMPORT_FORMATS, openReader, type ImportFormat } from '../../domain/import/formats';
import { DEFAULT_BATCH_SIZE, runImport } from '../../domain/import/pipeline';
import { createProgress } from './progress';
import type { ImportReport } from '../../domain/import/report';
import { createLogger } from '../../foundations/logger';
import { formatProblem } from '../../storage/records/validate';
import { openDatabase } from '../service/database';
import { formatSummary } from './format-summary';

const SHOWN = 200;

const wholeNumber = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
  return n;
};

function printReport(r: ImportReport, out: NodeJS.WriteStream): void {
  const lines = [`${r.file} (${r.format}): ${r.records} records`];
  if (r.problems.length) {
    lines.push(`${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} on ${r.rejectedLines.length} line${r.rejectedLines.length === 1 ? '' : 's'}:`);
    lines.push(...r.problems.slice(0, SHOWN).map((p) => `  - ${formatProblem(p)}`));
    if (r.problems.length > SHOWN) lines.push(`  … and ${r.problems.length - SHOWN} more (--json lists them all)`);
  }
  if (r.notes.length) {
    lines.push(`not carried over (${r.notes.length}):`, ...r.notes.slice(0, SHOWN).map((n) => `  - line ${n.line}: ${n.what}: ${n.message}`));
  }
  if (r.dryRun) lines.push(r.problems.length ? 'dry run: the file has problems; nothing was written' : 'dry run: the file is valid; nothing was written');
  else if (!r.written) lines.push('nothing was written: fix the lines above, or use --skip-invalid to write the valid ones');
  else {
    if (r.resumedBatches) lines.push(`resumed an interrupted import: ${r.resumedBatches} of ${r.batches} batches were already committed`);
    if (r.rejectFile) lines.push(`rejected lines written to ${r.rejectFile}: fix them and import that file`);
    lines.push(formatSummary(r.summary, r.rejectedByType).trimEnd());
  }
  out.write(`${lines.join('\n')}\n`);
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import records v1 (JSON Lines), CSV or FollowTheMoney files: validated first, written in batches, resumable')
    .argument('<files...>', 'files, imported one after another (a later file may refer to an earlier one)')
    .addOption(new Option('--format <format>', "the files' format, or auto (by extension and content)").choices(['auto', ...IMPORT_FORMATS]).default('auto'))
    .option('--dry-run', 'validate only; write nothing')
    .option('--skip-invalid', 'write the valid records and put the invalid ones in a reject file')
    .option('--reject-file <path>', 'where rejected lines go (default: FILE.rejects.jsonl)')
    .option('--batch-size <n>', 'records per transaction', wholeNumber(1, 100_000), DEFAULT_BATCH_SIZE)
    .option('--cite <sourceId>', 'FtM: the Source every imported record cites (the dump it came from)')
    .option('--credibility <n>', 'FtM: credibility 1-6 of those citations', wholeNumber(1, 6), 3)
    .option('--type <recordType>', 'CSV: the record type of every row, when the file has no type column')
    .option('--json', 'print the reports as JSON')
    .action(
      async (
        files: string[],
        o: { format: ImportFormat | 'auto'; dryRun?: boolean; skipInvalid?: boolean; rejectFile?: string; batchSize: number; cite?: string; credibility: number; type?: string; json?: boolean },
      ) => {
        const config = loadConfig();
        const db = await openDatabase(config, createLogger(config.LOG_LEVEL, 2));
        const reports: ImportReport[] = [];
        try {
          await migrate(db.graph, db.migrations);
          for (const file of files) {
            const { reader, format } = await openReader(file, o.format, { citeSource: o.cite, credibility: o.credibility, recordType: o.type });
            const progress = createProgress(process.stderr);
            try {
              reports.push(
                await runImport(db.graph, reader, {
                  file,
                  format,
                  dryRun: o.dryRun,
                  skipInvalid: o.skipInvalid,
                  rejectFile: o.rejectFile ?? `${file}.rejects.jsonl`,
                  batchSize: o.batchSize,
                  tick: progress.tick,
                  actor: `cli:${userInfo().username}`,
                }),
              );
            } finally {
              progress.stop();
            }
            const last = reports.at(-1)!;
            if (!o.json) printReport(last, process.stdout);
            if (!last.written && !last.dryRun) break; // later files may depend on this one
          }
        } finally {
          await db.close();
        }
        if (o.json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
        process.exitCode = reports.some((r) => r.problems.length && !r.written) ? 1 : 0;
      },
    );
}
