/**
 * The write passes: the valid records go in tier by tier (see tiers.ts), in batches of `batchSize`,
 * each batch one transaction with its checkpoint; then the contradictions. Batches are numbered in
 * a deterministic order, so a resumed run skips exactly the ones already committed.
 */
import type { Graph } from '../db/graph';
import type { RecordV1 } from '../records/schemas';
import { CONTRADICTS_CYPHER } from '../records/write/cypher';
import { mergeSummaries, writeRecords, type WriteSummary } from '../records/write/write-records';
import { markBatch } from './checkpoint';
import type { FormatReader } from './formats/types';
import { WRITE_TIERS } from './tiers';
import { forEachParsed, type ProgressTick } from './validate-pass';

export interface WritePlan {
  reader: FormatReader;
  invalidLines: Set<number>;
  /** Valid records per tier (to number the batches before writing). */
  tierCounts: number[];
  contradicting: number;
  batchSize: number;
  key: string;
  file: string;
  /** Batches an earlier run committed: skipped. */
  skip: number;
}

export function batchCount(plan: Pick<WritePlan, 'tierCounts' | 'contradicting' | 'batchSize'>): number {
  const per = (n: number) => Math.ceil(n / plan.batchSize);
  return plan.tierCounts.reduce((sum, n) => sum + per(n), 0) + per(plan.contradicting);
}

export async function writeInput(graph: Graph, plan: WritePlan, tick?: ProgressTick): Promise<WriteSummary> {
  const summary: WriteSummary = {};
  const batches = batchCount(plan);
  let seq = 0;
  let written = 0;
  const total = plan.tierCounts.reduce((a, b) => a + b, 0);

  const commit = async (work: (tx: Parameters<Parameters<Graph['transaction']>[0]>[0]) => Promise<WriteSummary | void>, size: number) => {
    seq += 1;
    written += size;
    if (seq <= plan.skip) return;
    const s = await graph.transaction(async (tx) => {
      const result = await work(tx);
      await markBatch(tx, plan.key, plan.file, seq, batches);
      return result;
    });
    if (s) mergeSummaries(summary, s);
    tick?.('writing', Math.min(written, total), total);
  };

  for (const tier of WRITE_TIERS) {
    let batch: RecordV1[] = [];
    await forEachParsed(plan.reader, async ({ line, record }) => {
      if (plan.invalidLines.has(line) || !tier.includes(record.type)) return;
      batch.push(record);
      if (batch.length >= plan.batchSize) {
        const b = batch;
        batch = [];
        await commit((tx) => writeRecords(tx, b, { contradictions: false }), b.length);
      }
    });
    if (batch.length) await commit((tx) => writeRecords(tx, batch, { contradictions: false }), batch.length);
  }

  let rows: { id: string; contradicts: string[] }[] = [];
  const flush = async () => {
    const b = rows;
    rows = [];
    await commit(async (tx) => {
      await tx.runText(CONTRADICTS_CYPHER, { rows: b });
    }, 0);
  };
  await forEachParsed(plan.reader, async ({ line, record }) => {
    if (plan.invalidLines.has(line) || !('contradicts' in record) || !record.contradicts?.length) return;
    rows.push({ id: record.id, contradicts: record.contradicts });
    if (rows.length >= plan.batchSize) await flush();
  });
  if (rows.length) await flush();
  return summary;
}
