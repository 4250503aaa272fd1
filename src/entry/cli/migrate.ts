import type { Command } from 'commander';
import { loadConfig } from '../../foundations/config/environment';
import { migrate } from '../../storage/db/migrations';
import { createLogger } from '../../foundations/logger';
import { openDatabase } from '../service/database';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending schema migrations (cypher/migrations) and list what was applied')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger(config.LOG_LEVEL, 2);
      const db = await openDatabase(config, logger);
      try {
        const applied = await migrate(db.graph, db.migrations);
        process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'nothing to apply: the schema is up to date\n');
      } finally {
        await db.close();
      }
    });
}
