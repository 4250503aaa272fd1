/**
 * An ExportInput over records already in memory (tests, small tools): sorted into the order every
 * ExportInput promises (sources; entities, legal provisions, allegations; other facts; each by
 * record type and id). The records must already be fit for the viewer the redaction profile names.
 */
import { RECORD_TYPES } from '../../../foundations/model/record-types';
import type { RecordV1 } from '../../../storage/records/schemas';
import type { ExportInput, ExportSelection, RedactionProfile } from '../types';

function rank(record: RecordV1): number {
  const category = RECORD_TYPES[record.type].category;
  if (category === 'source') return 0;
  if (category === 'entity') return 1;
  if (category === 'law') return 2;
  return record.type === 'Allegation' ? 3 : 4;
}

export function memoryExportInput(records: readonly RecordV1[], redaction: Partial<RedactionProfile> = {}, selection: ExportSelection = { by: 'all' }): ExportInput {
  const sorted = [...records].sort((a, b) => rank(a) - rank(b) || a.type.localeCompare(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources = sorted.filter((r) => r.type === 'Source').length;
  const nodes = sorted.filter((r) => rank(r) >= 1 && rank(r) <= 3).length;
  return {
    selection,
    counts: { records: sorted.length, sources, nodes, facts: sorted.length - sources - nodes },
    redaction: { cleared: false, pseudonymised: 0, withheld: 0, recordsOmitted: 0, confidentialSources: 0, ...redaction },
    async *records() {
      yield* sorted;
    },
  };
}
