/**
 * The relationship types that link records, derived from the model: every reference field of
 * RECORD_TYPES (PERSON, ORGANIZATION, CHILD, …, PLACE, COURT). Traversals follow only these —
 * never CITED_FOR, HAS_ELEMENT or CONTRADICTS, through which everything would connect.
 * test/unit/subgraph-links.test.ts checks that the Cypher files list exactly these.
 */
import { MODE_ARTICLES } from '../../foundations/model/cited-element';
import type { LiabilityMode } from '../../foundations/model/enums';
import { RECORD_TYPES, RECORD_TYPE_NAMES, type RefField } from '../../foundations/model/record-types';
import type { RecordType } from '../../storage/records/schemas';
import type { EdgeType } from './types';

export const LINK_RELS: readonly string[] = [...new Set(RECORD_TYPE_NAMES.flatMap((t) => RECORD_TYPES[t].refs.map((r) => r.rel)))].sort();

/** Facts with exactly two single references become one edge, from the first reference to the second. */
export function binaryRefs(type: RecordType): readonly [RefField, RefField] | null {
  const info = RECORD_TYPES[type];
  if (info.category !== 'fact' || info.refs.length !== 2 || info.refs.some((r) => r.many)) return null;
  return [info.refs[0]!, info.refs[1]!];
}

/** POSTING, SUBORDINATION, PARTICIPATION, EVENT_LINK, ALLEGATION. */
export function factEdgeType(type: RecordType): EdgeType {
  return type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as EdgeType;
}

/** The label of a fact edge: the field the model names it by (role, classification, relation, mode). */
export function factLabel(props: Record<string, unknown>): string | null {
  const info = RECORD_TYPES[props.recordType as RecordType];
  const v = info ? props[info.display] : undefined;
  if (typeof v !== 'string') return null;
  // An allegation is shown by its mode of liability as the Statute writes it ("art. 25(3)(a)"), not by the enum's name.
  return props.recordType === 'Allegation' && v in MODE_ARTICLES ? `art. ${MODE_ARTICLES[v as LiabilityMode]}` : v;
}
