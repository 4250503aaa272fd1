import type { Command } from 'commander';
import { loadConfig } from '../../foundations/config/environment';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../storage/db/local-neo4j/control';
import { UsageError } from './usage-error';

export function registerDb(program: Command): void {
  const db = program.command('db').description('control the local Neo4j (Bolt on 127.0.0.1; data in LOCAL_NEO4J_DATA_DIR)');
  const settings = () => {
    const config = loadConfig();
    if (!config.neo4j.local) throw new UsageError(`NEO4J_URI is set (${config.neo4j.uri}): that database is not controlled from here`);
    return config.localNeo4j;
  };
  db.command('start')
    .description('start the local Neo4j in the background and wait until it accepts connections')
    .action(async () => {
      const { started, status } = await startLocalNeo4j(settings(), { onProgress: (m) => process.stderr.write(`${m}\n`) });
      process.stdout.write(`${started ? 'started' : 'already running'}: ${status.boltUri} (pid ${status.pid}, data ${status.dataDir})\n`);
    });
  db.command('stop')
    .description('stop the local Neo4j cleanly')
    .action(async () => {
      const stopped = await stopLocalNeo4j(settings());
      process.stdout.write(stopped ? 'stopped\n' : 'not running\n');
    });
  db.command('status')
    .description('say whether the local Neo4j runs (exit code 0 if it does, 3 if not)')
    .action(async () => {
      const s = await localNeo4jStatus(settings());
      if (s.running) process.stdout.write(`running: ${s.boltUri} (pid ${s.pid}, data ${s.dataDir})\n`);
      else process.stdout.write(`not running${s.portInUse ? ` (port ${s.port} is used by another program)` : ''} (data ${s.dataDir})\n`);
      process.exitCode = s.running ? 0 : 3;
    });
}
