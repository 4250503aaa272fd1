/**
 * The export input (ExportInput in ../types.ts): the selected records for one viewer, counted,
 * with the redaction profile, re-readable in chunks. Nothing here holds records in memory: each
 * call of `records()` reads the selected ids again, RECORDS_CHUNK per round trip
 * (src/storage/records/read), in export order, each passed through redactRecordV1 for the viewer.
 */
import type { Graph } from '../../../storage/db/graph';
import type { ProtectionViewer } from '../../protection/display';
import { redactRecordV1 } from '../../protection/redact-record-v1';
import { createProtection, type ProtectionView } from '../../protection/view';
import { readRecords } from '../../../storage/records/read';
import type { RecordV1 } from '../../../storage/records/schemas';
import { countsOf, parseExportSelection, selectRecordIds, type SelectedIds } from '../selection';
import type { ExportInput, RedactionProfile } from '../types';

/** Record ids per database round trip when reading. */
export const RECORDS_CHUNK = 1000;

export interface InputOptions {
  /** The viewer's protection view when the caller has one (a GraphQL request's); loaded otherwise. */
  protection?: ProtectionView;
  /** Progress while selecting: records selected so far. */
  onProgress?: (selected: number) => void;
}

/** An ExportInput plus what the selection noted (records removed while selecting…). */
export interface PreparedExport extends ExportInput {
  notes: string[];
}

export async function createExportInput(graph: Graph, selection: unknown, viewer: ProtectionViewer, options: InputOptions = {}): Promise<PreparedExport> {
  const checked = parseExportSelection(selection);
  const view = options.protection ?? (await createProtection(graph, viewer).get());
  const selected = await selectRecordIds(graph, checked, viewer, { withheld: view.withheld, onProgress: options.onProgress });
  const confidentialSources = view.cleared ? new Set<string>() : new Set((await graph.read<{ id: string }>('exports/confidential-sources')).map((r) => r.id));
  const redaction = redactionProfile(view, selected, confidentialSources);
  const ids = selected.ids;
  return {
    selection: checked,
    counts: countsOf(selected.byType),
    redaction,
    notes: selected.notes,
    records: () => readInOrder(graph, ids, (r) => redactRecordV1(r, view, { confidentialSources, leftOut: selected.leftOut })),
  };
}

function redactionProfile(view: ProtectionView, selected: SelectedIds, confidentialSources: ReadonlySet<string>): RedactionProfile {
  if (view.cleared) return { cleared: true, pseudonymised: 0, withheld: 0, recordsOmitted: 0, confidentialSources: 0 };
  const pseudonyms = new Set(view.names.persons.filter((p) => p.protection === 'PSEUDONYM').map((p) => p.id));
  let pseudonymised = 0;
  let confidential = 0;
  for (const id of selected.ids) {
    if (pseudonyms.has(id)) pseudonymised++;
    if (confidentialSources.has(id)) confidential++;
  }
  return { cleared: false, pseudonymised, withheld: selected.withheld, recordsOmitted: selected.omitted, confidentialSources: confidential };
}

async function* readInOrder(graph: Graph, ids: readonly string[], redact: (r: RecordV1) => RecordV1 | null): AsyncGenerator<RecordV1> {
  for (let i = 0; i < ids.length; i += RECORDS_CHUNK) {
    const chunk = ids.slice(i, i + RECORDS_CHUNK);
    const records = await readRecords(graph, chunk);
    for (const id of chunk) {
      const record = records.get(id);
      // A record deleted since the selection is skipped: the export is what the graph holds now.
      const shown = record ? redact(record) : null;
      if (shown) yield shown;
    }
  }
}
