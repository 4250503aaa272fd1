/**
 * The graph writer alone, without the import's reading and validation: the records in the import's
 * tiers, batches of the import's size, one transaction per batch — for the flat writer of
 * src/storage/records/write and the nested-CALL one it replaced (legacy-writer.ts), side by side.
 */
import type { GraphTx } from '../src/storage/db/graph';
import { WRITE_TIERS } from '../src/domain/import/tiers';
import type { RecordV1 } from '../src/storage/records/schemas';
import { writeRecords } from '../src/storage/records/write/write-records';
import { legacyWriteRecords } from './legacy-writer';
import type { BenchDatabase } from './neo4j';

export type Writer = (tx: GraphTx, batch: readonly RecordV1[]) => Promise<unknown>;

export const WRITERS: Record<'flat' | 'nested', Writer> = {
  flat: (tx, batch) => writeRecords(tx, batch, { contradictions: false }),
  nested: legacyWriteRecords,
};

/** Import-shaped batches: tier by tier, `size` records each. */
export function tierBatches(records: readonly RecordV1[], size: number): RecordV1[][] {
  const out: RecordV1[][] = [];
  for (const tier of WRITE_TIERS) {
    const inTier = records.filter((r) => tier.includes(r.type));
    for (let i = 0; i < inTier.length; i += size) out.push(inTier.slice(i, i + size));
  }
  return out;
}

/** Seconds to write every batch, each in its own transaction. */
export async function writeAlone(db: BenchDatabase, batches: readonly RecordV1[][], writer: Writer): Promise<number> {
  const start = process.hrtime.bigint();
  for (const batch of batches) await db.graph.transaction((tx) => writer(tx, batch));
  return Number(process.hrtime.bigint() - start) / 1e9;
}
