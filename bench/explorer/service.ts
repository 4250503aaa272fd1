/**
 * The service the explorer benchmark opens in Chromium: `startService` as `npm start` runs it (the
 * default query limits, with the cost estimates read from the data, and the explorer's build in
 * dist/explorer), over the benchmark's throw-away Neo4j. Tokens are signed with a secret of this
 * run; export files go to a temporary folder. The transaction timeout is the benchmark Neo4j's
 * (300 s), not the default 30 s: start-up plans every query, and on a shared, loaded machine
 * planning the long chain queries can take longer than 30 s.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/foundations/config/environment';
import { createLogger } from '../../src/foundations/logger';
import { startService, type Service } from '../../src/entry/service/start';
import type { BenchDatabase } from '../neo4j';

export interface ExplorerService {
  service: Service;
  /** The link `npm start` prints: the explorer signed in as a cleared admin. */
  signedInLink(fragment?: string): Promise<string>;
  close(): Promise<void>;
}

/** `maxCost`: GRAPHQL_MAX_COST, when not the default. */
export async function startExplorerService(db: BenchDatabase, maxCost?: number): Promise<ExplorerService> {
  const exportDir = mkdtempSync(join(tmpdir(), 'evidence-graph-bench-exports-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'error',
    NEO4J_URI: db.bolt,
    NEO4J_PASSWORD: db.password,
    NEO4J_TX_TIMEOUT_SECONDS: '300',
    SEED_ON_START: 'false',
    AUTH_JWT_SECRET: randomBytes(48).toString('base64'),
    EXPORT_DIR: exportDir,
    ...(maxCost ? { GRAPHQL_MAX_COST: String(maxCost) } : {}),
  });
  const service = await startService(config, createLogger('error', 2));
  return {
    service,
    signedInLink: async (fragment = '') => {
      const token = await service.auth.issue({ user: 'bench', roles: ['admin'], cleared: true, ttl: '8h' });
      return `${service.url}/explorer/#token=${token}${fragment}`;
    },
    close: async () => {
      await service.close();
      rmSync(exportDir, { recursive: true, force: true });
    },
  };
}
