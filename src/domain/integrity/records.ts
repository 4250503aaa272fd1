/**
 * The shape every query relies on: a record node is labelled `Record` plus exactly its type's
 * labels (RECORD_TYPES), has an id and a known `recordType`; no node carries a record label
 * without being a Record. A node that breaks this is invisible to, or misread by, other queries.
 */
import type { Graph } from '../../storage/db/graph';
import { shownId, withArticle, type Finding } from './findings';
import { recordLabels } from './model-rules';

interface Row {
  id: unknown;
  type: unknown;
  labels: string[];
  expected: string[] | null;
  isRecord: boolean;
}

function why(r: Row): string {
  if (!r.isRecord) return `it carries the record label${r.labels.length > 1 ? 's' : ''} ${r.labels.join(':')} but not Record`;
  if (r.id === null || r.id === undefined) return 'it is a Record without an id';
  if (!r.expected) return `its recordType ${r.type === null || r.type === undefined ? 'is missing' : `"${String(r.type)}" is not a record type`}`;
  const expected = ['Record', ...r.expected];
  const extra = r.labels.filter((l) => !expected.includes(l)).sort();
  const missing = expected.filter((l) => !r.labels.includes(l));
  const diff = [extra.length ? `it also carries ${extra.join(', ')}` : '', missing.length ? `it lacks ${missing.join(', ')}` : ''].filter(Boolean).join(' and ');
  return `${withArticle(String(r.type))} is labelled exactly ${expected.join(':')}, but ${diff}`;
}

export async function malformedRecords(graph: Graph): Promise<Finding[]> {
  const rows = await graph.read<Row>('integrity/malformed-records', recordLabels());
  return rows.map((r) => ({
    check: 'MALFORMED_RECORD',
    recordId: shownId(r.id),
    recordType: typeof r.type === 'string' ? r.type : '(unknown)',
    message: `node ${shownId(r.id)} is not a well-formed record: ${why(r)}`,
    details: { labels: r.labels },
  }));
}
