/**
 * Dates: a record's interval (startDate…endDate, foundedDate…dissolvedDate) must not end before it
 * starts. As in records v1 validation, partial dates are read generously: only an end whose latest
 * reading precedes the start's earliest is reported ("2020" … "2020-03" is fine).
 */
import type { Graph } from '../../storage/db/graph';
import type { RecordType } from '../../storage/records/schemas';
import { intervalCheck, type Finding } from './findings';
import { intervalPairs } from './model-rules';

export async function intervalFindings(graph: Graph): Promise<Finding[]> {
  const rows = await graph.read<{ id: string; type: RecordType; startField: string; endField: string; start: unknown; end: unknown }>('integrity/intervals', { pairs: intervalPairs() });
  return rows.map((r) => ({
    check: intervalCheck(r.type),
    recordId: r.id,
    recordType: r.type,
    field: r.endField,
    message: `${r.type} ${r.id}: ${r.endField} ${String(r.end)} is before ${r.startField} ${String(r.start)}, so it ends before it starts`,
    details: { [r.startField]: r.start ?? null, [r.endField]: r.end ?? null },
  }));
}
