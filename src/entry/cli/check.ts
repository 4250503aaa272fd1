import type { Command } from 'commander';
import { loadConfig } from '../../foundations/config/environment';
import { checkIntegrity, formatReport } from '../../domain/integrity';
import { createLogger } from '../../foundations/logger';
import { openDatabase } from '../service/database';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check the graph’s integrity (uncited records, dangling or missing links, intervals ending before they start, subordination cycles…); exits 0 when clean, 1 when anything is found')
    .option('--json', 'print the report as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const db = await openDatabase(config, createLogger(config.LOG_LEVEL, 2));
      try {
        const report = await checkIntegrity(db.graph, { sourcesDir: config.sourcesDir });
        process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
        if (!report.clean) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
