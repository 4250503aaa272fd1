import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { loadConfig } from '../../foundations/config/environment';
import { createLogger } from '../../foundations/logger';
import { migrate } from '../../storage/db/migrations';
import { openDatabase } from '../service/database';
import { loadSeed, SEED_DIR } from '../../domain/seed/load-seed';
import { formatSummary } from './format-summary';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('load the curated seed dataset (seed/*.jsonl); records already present and unchanged are left alone')
    .action(async () => {
      const config = loadConfig();
      const db = await openDatabase(config, createLogger(config.LOG_LEVEL, 2));
      try {
        await migrate(db.graph, db.migrations);
        process.stdout.write(formatSummary(await loadSeed(db.graph, SEED_DIR(), `cli:${userInfo().username}`)));
      } finally {
        await db.close();
      }
    });
}
