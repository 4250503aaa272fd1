/** What an import did, or would do: the report printed by the CLI and returned by GraphQL. */
import type { RecordProblem } from '../../storage/records/validate';
import type { WriteSummary } from '../../storage/records/write/write-records';
import type { ConversionNote } from './formats/types';

export interface ImportReport {
  file: string;
  format: string;
  /** Records read from the input (valid or not). */
  records: number;
  /** Every problem found, with line, record, field and reason. */
  problems: RecordProblem[];
  /** What the conversion could not carry over (CSV, FtM). */
  notes: ConversionNote[];
  /** Lines rejected (with --skip-invalid: not written, sent to the reject file). */
  rejectedLines: number[];
  rejectedByType: Partial<Record<string, number>>;
  rejectFile?: string;
  /** Per record type: created, updated, unchanged (empty for a dry run or a refused file). */
  summary: WriteSummary;
  dryRun: boolean;
  /** Whether anything was written. */
  written: boolean;
  /** Batches skipped because an earlier, interrupted run of the same import had committed them. */
  resumedBatches: number;
  batches: number;
}
