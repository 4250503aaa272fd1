/**
 * Liveness and readiness. /healthz answers as long as the process serves HTTP; /readyz answers 200
 * only when the database answers and every migration is applied, so a load balancer or
 * orchestrator sends traffic only to replicas that can serve it.
 */
import type { Router } from 'express';
import express from 'express';
import type { Graph } from '../../storage/db/graph';
import { migrationStatus, type Migration } from '../../storage/db/migrations';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  migrations: 'applied' | 'pending' | 'unknown';
  pending?: string[];
}

export async function checkReadiness(graph: Graph, migrations: Migration[]): Promise<Readiness> {
  try {
    await graph.runText('RETURN 1', {}, 'READ');
  } catch {
    return { ready: false, database: 'down', migrations: 'unknown' };
  }
  try {
    const status = await migrationStatus(graph, migrations);
    const pending = [...status.pending, ...status.changed];
    return pending.length ? { ready: false, database: 'up', migrations: 'pending', pending } : { ready: true, database: 'up', migrations: 'applied' };
  } catch {
    return { ready: false, database: 'down', migrations: 'unknown' };
  }
}

export function healthRoutes(readiness: () => Promise<Readiness>): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const r = await readiness();
    res.status(r.ready ? 200 : 503).json(r);
  });
  return router;
}
