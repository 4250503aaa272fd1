/**
 * One record v1 as drawn nodes and edges, reusing src/domain/subgraph's rules (toNode, binaryRefs,
 * factEdge, directEdge, linkGrade) so that a file shows what the `neighborhood` query shows:
 * - entities, legal provisions and allegations are nodes;
 * - a binary fact (Posting, Subordination, Participation, EventLink) is ONE edge with the fact's id;
 * - an allegation has ACCUSED / PROVISION / EVENTS edges from its node;
 * - an event's place and a trial's court are direct PLACE / COURT edges.
 * Records arrive already redacted (ExportInput): a pseudonymised person's `name` is the pseudonym.
 */
import { RECORD_TYPES } from '../../../foundations/model/record-types';
import type { RecordV1 } from '../../../storage/records/schemas';
import { binaryRefs, directEdge, factEdge, factLabel, KIND_OF_TYPE, linkGrade, toNode, type CitationGrade, type EdgeType, type Props } from '../../subgraph';
import type { ProtectionViewer } from '../../protection/display';
import type { DrawnEdge, DrawnNode } from './types';

/** Source id → reliability: Source records come first in every pass, so this map is always ready for the grades. */
export type Reliabilities = Map<string, string>;

type Cited = { sources?: readonly { source: string; credibility: number }[] };

function citationGrades(record: RecordV1, reliabilities: Reliabilities): CitationGrade[] {
  const cited = (record as Cited).sources ?? [];
  return cited.flatMap((c) => {
    const reliability = reliabilities.get(c.source);
    return reliability ? [{ reliability, credibility: c.credibility }] : [];
  });
}

/** A record as subgraph properties (the shape src/domain/subgraph reads: `recordType` instead of `type`). */
const propsOf = (record: RecordV1): Props => ({ ...record, id: record.id, recordType: record.type });

export function isDrawnNode(record: RecordV1): boolean {
  return KIND_OF_TYPE[record.type] !== undefined;
}

export function drawNode(record: RecordV1, viewer: ProtectionViewer, reliabilities: Reliabilities): DrawnNode | null {
  if (!isDrawnNode(record)) return null;
  const props = propsOf(record);
  const node = toNode(props, viewer);
  return {
    ...node,
    grade: linkGrade(citationGrades(record, reliabilities)),
    labels: RECORD_TYPES[record.type].labels,
    protection: record.type === 'Person' ? (record.protection ?? 'NONE') : null,
  };
}

/** The edges a record contributes: a fact's edge(s), or an entity's direct references. */
export function drawEdges(record: RecordV1, reliabilities: Reliabilities): DrawnEdge[] {
  const props = propsOf(record);
  const info = RECORD_TYPES[record.type];
  if (info.category === 'fact') {
    const grade = linkGrade(citationGrades(record, reliabilities));
    const pair = binaryRefs(record.type);
    if (pair) {
      const source = props[pair[0].field];
      const target = props[pair[1].field];
      return typeof source === 'string' && typeof target === 'string' ? [factEdge(props, source, target, grade, false)] : [];
    }
    // An n-ary fact (an Allegation) is a node with an edge to each party, as in src/domain/subgraph.
    return info.refs.flatMap((ref) => {
      const value = props[ref.field];
      // An event named twice is one edge (edge ids are unique per record, so no set across records is needed).
      const targets = Array.isArray(value) ? [...new Set(value as string[])] : typeof value === 'string' ? [value] : [];
      return targets.map((target) => ({ ...directEdge(record.id, ref.rel as EdgeType, target), factId: record.id, factType: record.type, label: factLabel(props), grade }));
    });
  }
  if (info.category !== 'entity') return [];
  // Direct references between entities: an event's PLACE, a trial's COURT.
  return info.refs.flatMap((ref) => {
    const target = props[ref.field];
    return typeof target === 'string' ? [directEdge(record.id, ref.rel as EdgeType, target)] : [];
  });
}
