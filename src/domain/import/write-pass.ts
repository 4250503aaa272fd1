/**
 * The write passes: the valid records go in tier by tier (see tiers.ts), in batches of `batchSize`,
 * each batch one transaction with its checkpoint; then the contradictions. Batches are numbered in
 * a deterministic order, so a resumed run skips exactly the ones already committed. Each batch's
 * transaction also appends its audit entry (src/domain/audit/imports.ts).
 */
import { auditContradictionBatch, auditImportBatch } from '../audit/imports';
import type { Graph, GraphTx } from '../../storage/db/graph';
import type { RecordV1 } from '../../storage/records/schemas';
import { CONTRADICTS_CYPHER } from '../../storage/records/write/cypher';
import { mergeSummaries, writeRecordsWithOutcomes, type WriteSummary } from '../../storage/records/write/write-records';
import { markBatch } from './checkpoint';
import type { FormatReader } from './formats/types';
import type { LineIndex } from './line-index';
import { WRITE_TIERS } from './tiers';
import { forEachParsed, type ProgressTick } from './validate-pass';

export interface WritePlan {
  reader: FormatReader;
  /** Each line's tier, from the validation: a tier's pass parses only that tier's lines. */
  lines: LineIndex;
  invalidLines: Set<number>;
  /** Valid records per tier (to number the batches before writing). */
  tierCounts: number[];
  contradicting: number;
  batchSize: number;
  key: string;
  file: string;
  /** Batches an earlier run committed: skipped. */
  skip: number;
  /** Who imports: each batch's audit entry names them. */
  actor: string;
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

  const commit = async (work: (tx: GraphTx, batch: number) => Promise<WriteSummary | void>, size: number) => {
    seq += 1;
    written += size;
    if (seq <= plan.skip) return;
    const s = await graph.transaction(async (tx) => {
      const result = await work(tx, seq);
      await markBatch(tx, plan.key, plan.file, seq, batches);
      return result;
    });
    if (s) mergeSummaries(summary, s);
    tick?.('writing', Math.min(written, total), total);
  };

  const info = (batch: number) => ({ actor: plan.actor, file: plan.file, key: plan.key, batch, batches });
  // Each batch's audit entry, in its transaction: the ids and hashes written, by outcome, as the
  // write itself told them apart (by the stored hash it replaced).
  const writeBatch = (records: RecordV1[]) => async (tx: GraphTx, batch: number) => {
    const { summary: s, outcomes } = await writeRecordsWithOutcomes(tx, records, { contradictions: false });
    await auditImportBatch(tx, info(batch), s, outcomes);
    return s;
  };

  for (let t = 0; t < WRITE_TIERS.length; t++) {
    let batch: RecordV1[] = [];
    await forEachParsed(
      plan.reader,
      async ({ record }) => {
        batch.push(record);
        if (batch.length >= plan.batchSize) {
          const b = batch;
          batch = [];
          await commit(writeBatch(b), b.length);
        }
      },
      undefined,
      (line) => plan.lines.tier(line) === t && !plan.invalidLines.has(line),
    );
    if (batch.length) await commit(writeBatch(batch), batch.length);
  }

  let rows: { id: string; contradicts: string[] }[] = [];
  const flush = async () => {
    const b = rows;
    rows = [];
    await commit(async (tx, batch) => {
      await tx.runText(CONTRADICTS_CYPHER, { rows: b });
      await auditContradictionBatch(tx, info(batch), b);
    }, 0);
  };
  await forEachParsed(
    plan.reader,
    async ({ record }) => {
      if (!('contradicts' in record) || !record.contradicts?.length) return;
      rows.push({ id: record.id, contradicts: record.contradicts });
      if (rows.length >= plan.batchSize) await flush();
    },
    undefined,
    (line) => plan.lines.contradicts(line) && !plan.invalidLines.has(line),
  );
  if (rows.length) await flush();
  return summary;
}
