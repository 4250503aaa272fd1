/**
 * A throw-away local Neo4j for tests: its own port and data folder, so the suite runs beside a
 * development server without touching its data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jSettings } from '../../src/storage/db/local-neo4j/control';
import { freePort } from '../../src/storage/db/local-neo4j/free-port';

export const TEST_PASSWORD = 'evidence-graph-test';

export async function startTestNeo4j(name: string): Promise<{ settings: LocalNeo4jSettings; uri: string; stop(): Promise<void> }> {
  const settings: LocalNeo4jSettings = {
    port: await freePort(),
    dataDir: mkdtempSync(join(tmpdir(), `evidence-graph-${name}-`)),
    password: TEST_PASSWORD,
    heap: '768m',
    pagecache: '128m',
    txTimeoutSeconds: 30,
  };
  await startLocalNeo4j(settings);
  return {
    settings,
    uri: `bolt://127.0.0.1:${settings.port}`,
    stop: async () => {
      await stopLocalNeo4j(settings);
      rmSync(settings.dataDir, { recursive: true, force: true });
    },
  };
}
