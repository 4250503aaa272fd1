#!/usr/bin/env node
/**
 * evidence-graph: one CLI for the service and its database. Each command lives in src/entry/cli/.
 * Errors a user can fix (configuration, input) print plainly and exit 2; anything else exits 1.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../foundations/config/environment';
import { version } from '../foundations/version';
import { registerServe } from './cli/serve';
import { registerDb } from './cli/db';
import { registerMigrate } from './cli/migrate';
import { registerSeed } from './cli/seed';
import { registerCheck } from './cli/check';
import { registerImport } from './cli/import';
import { registerGenerate } from './cli/generate';
import { registerAudit } from './cli/audit';
import { registerToken } from './cli/token';
import { registerExport } from './cli/export';
import { registerMatrix } from './cli/matrix';
import { registerKeys } from './cli/keys';
import { registerVerify } from './cli/verify';
import { UsageError } from './cli/usage-error';

export function buildCli(): Command {
  const program = new Command('evidence-graph')
    .description('Sourced, dated facts about state repression in Belarus, as a graph: serve, load, check, export.')
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

/** Every command, on `program` (also how tests run a documented command line in-process). */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerDb(program);
  registerMigrate(program);
  registerSeed(program);
  registerCheck(program);
  registerImport(program);
  registerGenerate(program);
  registerAudit(program);
  registerToken(program);
  registerExport(program);
  registerMatrix(program);
  registerKeys(program);
  registerVerify(program);
}

async function main(): Promise<void> {
  try {
    await buildCli().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode);
    if (e instanceof ConfigError || e instanceof UsageError) {
      process.stderr.write(`evidence-graph: ${e.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`evidence-graph: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
