/**
 * The safe way in for a set of records small enough for one transaction (seed, GraphQL
 * mutations): validate everything against the schemas and the stored graph, refuse the whole set
 * with every problem listed if anything is wrong, otherwise write it all in one transaction.
 */
import { Neo4jError } from 'neo4j-driver';
import { storedHashes } from '../audit/imports';
import { auditRecordWrites, auditSetWrite, readBefore, type SetAudit } from '../audit/records';
import type { Graph, GraphTx } from '../../storage/db/graph';
import { AppError, ErrorCode } from '../../foundations/errors';
import type { RecordType } from '../../storage/records/schemas';
import { hidingRecords, storedRecords } from '../../storage/records/stored-records';
import { article, formatProblem, validateBatch, type NumberedRecord, type RecordProblem } from '../../storage/records/validate';
import { writeRecords, type WriteSummary } from '../../storage/records/write/write-records';

export class RecordsRejected extends AppError {
  constructor(readonly problems: RecordProblem[]) {
    super(
      ErrorCode.VALIDATION_FAILED,
      `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n${problems
        .slice(0, 50)
        .map((p) => `  - ${formatProblem(p)}`)
        .join('\n')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`,
      { problems },
    );
  }
}

/** What a single-record create or update expects of the stored graph, checked inside its transaction. */
export interface Expectation {
  id: string;
  type: RecordType;
  mode: 'create' | 'update';
}

async function claim(tx: GraphTx, e: Expectation): Promise<void> {
  if (e.mode === 'update') {
    const [row] = await tx.run<{ type: string }>('records/lock-for-update', { id: e.id });
    if (!row) throw new AppError(ErrorCode.NOT_FOUND, `no ${e.type} with id "${e.id}"`, { field: 'id' });
    if (row.type !== e.type) throw new AppError(ErrorCode.CONFLICT, `"${e.id}" is ${article(row.type)} ${row.type}, not ${article(e.type)} ${e.type}; a record cannot change type`, { field: 'id' });
    return;
  }
  try {
    await tx.run('records/claim-id', { id: e.id });
  } catch (err) {
    if (err instanceof Neo4jError && /ConstraintValidationFailed/.test(err.code)) {
      throw new AppError(ErrorCode.CONFLICT, `"${e.id}" already exists`, { field: 'id' }, { cause: err });
    }
    throw err;
  }
}

export interface LoadOptions {
  expect?: Expectation;
  /** Ids the writer may not know of (see hidingRecords): validation treats them as unknown. */
  hidden?: ReadonlySet<string>;
  /**
   * Record the write in the audit trail, in the same transaction: one entry per record with its
   * state before (read in the transaction, before writing) and after (see src/domain/audit/records.ts).
   */
  audit?: {
    actor: string;
    /** Instead: one entry for the whole set, with each record's id and hash by outcome (the seed). */
    asSet?: SetAudit;
  };
}

export async function loadRecords(graph: Graph, records: readonly NumberedRecord[], opts: LoadOptions = {}): Promise<WriteSummary> {
  const problems = await validateBatch(records, opts.hidden ? hidingRecords(storedRecords(graph), opts.hidden) : storedRecords(graph));
  if (problems.length) throw new RecordsRejected(problems);
  return graph.transaction(async (tx) => {
    if (opts.expect) await claim(tx, opts.expect);
    const written = records.map((r) => r.record);
    const audit = opts.audit;
    const ids = written.map((r) => r.id);
    const hashes = audit?.asSet ? await storedHashes(tx, ids) : undefined;
    // A create's claimed id holds a bare node until the write: known absent, not read.
    const before = audit && !audit.asSet ? await readBefore(tx, ids, opts.expect?.mode === 'create' ? [opts.expect.id] : []) : undefined;
    const summary = await writeRecords(tx, written);
    if (audit?.asSet) await auditSetWrite(tx, audit.actor, audit.asSet, summary, written, hashes!);
    else if (audit) await auditRecordWrites(tx, audit.actor, written, before!);
    return summary;
  });
}
