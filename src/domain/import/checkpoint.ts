/**
 * Resuming an interrupted import. Each batch commits together with a checkpoint node
 * (:_Import {key, batchesDone}) in the same transaction, so after a crash or SIGKILL the graph
 * holds whole batches only and the checkpoint says exactly which. The key is a hash of the input
 * and of what decides the batches (batch size, skip-invalid), so a changed file starts afresh.
 * Writes are MERGEs on stable ids, so even a run from scratch would leave the same graph.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Graph, GraphTx } from '../../storage/db/graph';

export async function importKey(path: string, settings: Record<string, unknown>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  hash.update(JSON.stringify(settings));
  return hash.digest('hex');
}

export async function batchesDone(graph: Graph, key: string): Promise<{ done: number; finished: boolean }> {
  const [row] = await graph.read<{ batchesDone: number; finished: boolean }>('import/checkpoint-get', { key });
  return { done: row?.batchesDone ?? 0, finished: row?.finished ?? false };
}

export async function markBatch(tx: GraphTx, key: string, file: string, seq: number, batches: number): Promise<void> {
  await tx.run('import/checkpoint-set', { key, file, seq, batches });
}
