import type { Graph } from '../db/graph';
import type { Logger } from '../logger';

/** Loads the curated seed dataset when the database holds no records (filled in with the model). */
export async function loadSeedIfEmpty(_graph: Graph, _logger: Logger): Promise<boolean> {
  return false;
}
