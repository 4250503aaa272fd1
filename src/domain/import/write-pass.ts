/**
 * The write passes: the valid records go in tier by tier (see tiers.ts), in batches of `batchSize`,
 * each batch one transaction with its checkpoint; then the contradictions. Batches are numbered in
 * a deterministic order, so a resumed run skips exactly the ones already committed. Each batch's
 * transaction also appends its audit entry (src/domain/audit/imports.ts).
 *
 * Batches commit one after the other, in order, but the next batch is read, parsed and prepared
 * (properties, hashes) while the database writes the current one (OneInFlight): the import's Node
 * side then mostly overlaps its database side instead of adding to it.
 */
import { auditContradictionBatch, auditImportBatch, type ImportBatchInfo } from '../audit/imports';
import type { Graph, GraphTx } from '../../storage/db/graph';
import type { RecordV1 } from '../../storage/records/schemas';
import { CONTRADICTS_CYPHER } from '../../storage/records/write/cypher';
import { mergeSummaries, prepareRows, writeRowsWithOutcomes, type WriteSummary } from '../../storage/records/write/write-records';
import { markBatch } from './checkpoint';
import type { FormatReader } from './formats/types';
import type { LineIndex } from './line-index';
import { OneInFlight } from './one-in-flight';
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

/** Prepares a batch (Node's side) and gives back its work in the transaction (the database's). */
type PrepareBatch = () => (tx: GraphTx, batch: number) => Promise<WriteSummary | void>;

interface Committer {
  /** Numbers the next batch; unless an earlier run committed it, prepares it and has it committed. */
  commit(size: number, prepare: PrepareBatch): Promise<void>;
  /** Each batch's audit entry names the import, the batch and the number of batches. */
  info(batch: number): ImportBatchInfo;
  /** Waits for the batch being committed; throws its error if it failed. */
  drain(): Promise<void>;
  summary: WriteSummary;
}

/**
 * Batches numbered in order and committed one after the other, each with its checkpoint; the
 * next batch is prepared while the one before is committed.
 */
function committer(graph: Graph, plan: WritePlan, tick?: ProgressTick): Committer {
  const summary: WriteSummary = {};
  const batches = batchCount(plan);
  const total = plan.tierCounts.reduce((a, b) => a + b, 0);
  const inFlight = new OneInFlight();
  let seq = 0;
  let written = 0;
  return {
    summary,
    info: (batch) => ({ actor: plan.actor, file: plan.file, key: plan.key, batch, batches }),
    drain: () => inFlight.drain(),
    async commit(size, prepare) {
      seq += 1;
      written += size;
      if (seq <= plan.skip) return;
      const batch = seq;
      const done = Math.min(written, total);
      const work = prepare();
      await inFlight.add(async () => {
        const s = await graph.transaction(async (tx) => {
          const result = await work(tx, batch);
          await markBatch(tx, plan.key, plan.file, batch, batches);
          return result;
        });
        if (s) mergeSummaries(summary, s);
        tick?.('writing', done, total);
      });
    },
  };
}

export async function writeInput(graph: Graph, plan: WritePlan, tick?: ProgressTick): Promise<WriteSummary> {
  const c = committer(graph, plan, tick);
  try {
    await writeRecordTiers(plan, c);
    await writeContradictions(plan, c);
    await c.drain();
  } catch (e) {
    // A batch may still be in the database: the import ends when it has, committed or not.
    await c.drain().catch(() => undefined);
    throw e;
  }
  return c.summary;
}

/** The records, tier by tier: each batch's write and audit entry (the ids and hashes by outcome). */
async function writeRecordTiers(plan: WritePlan, c: Committer): Promise<void> {
  const writeBatch =
    (records: RecordV1[]): PrepareBatch =>
    () => {
      const rows = prepareRows(records);
      return async (tx, batch) => {
        const { summary: s, outcomes } = await writeRowsWithOutcomes(tx, rows, { contradictions: false });
        await auditImportBatch(tx, c.info(batch), s, outcomes);
        return s;
      };
    };
  for (let t = 0; t < WRITE_TIERS.length; t++) {
    let batch: RecordV1[] = [];
    await forEachParsed(
      plan.reader,
      async ({ record }) => {
        batch.push(record);
        if (batch.length < plan.batchSize) return;
        const b = batch;
        batch = [];
        await c.commit(b.length, writeBatch(b));
      },
      undefined,
      (line) => plan.lines.tier(line) === t && !plan.invalidLines.has(line),
    );
    if (batch.length) await c.commit(batch.length, writeBatch(batch));
  }
}

/** The contradictions, once every record exists, in batches of their own. */
async function writeContradictions(plan: WritePlan, c: Committer): Promise<void> {
  let rows: { id: string; contradicts: string[] }[] = [];
  const flush = async () => {
    const b = rows;
    rows = [];
    await c.commit(0, () => async (tx, batch) => {
      await tx.runText(CONTRADICTS_CYPHER, { rows: b });
      await auditContradictionBatch(tx, c.info(batch), b);
    });
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
}
