/**
 * The safe way in for a set of records small enough for one transaction (seed, GraphQL
 * mutations): validate everything against the schemas and the stored graph, refuse the whole set
 * with every problem listed if anything is wrong, otherwise write it all in one transaction.
 */
import type { Graph } from '../db/graph';
import { AppError, ErrorCode } from '../errors';
import { storedRecords } from './stored-records';
import { formatProblem, validateBatch, type NumberedRecord, type RecordProblem } from './validate';
import { writeRecords, type WriteSummary } from './write/write-records';

export class RecordsRejected extends AppError {
  constructor(readonly problems: RecordProblem[]) {
    super(
      ErrorCode.VALIDATION_FAILED,
      `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n${problems.slice(0, 50).map((p) => `  - ${formatProblem(p)}`).join('\n')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`,
      { problems },
    );
  }
}

export async function loadRecords(graph: Graph, records: readonly NumberedRecord[]): Promise<WriteSummary> {
  const problems = await validateBatch(records, storedRecords(graph));
  if (problems.length) throw new RecordsRejected(problems);
  return graph.transaction((tx) => writeRecords(tx, records.map((r) => r.record)));
}
