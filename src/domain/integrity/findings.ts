/**
 * What the integrity check reports: one finding per problem, naming the record, the field and why.
 * Findings are data (for `--json` and tests); format-report.ts renders them for a terminal.
 */
import type { RecordType } from '../../storage/records/schemas';

/** `<TYPE>_ENDS_BEFORE_START`: a record of that type whose interval ends before it starts. */
export type IntervalCheck = `${Uppercase<RecordType>}_ENDS_BEFORE_START`;

export type IntegrityCheck =
  | 'MALFORMED_RECORD'
  | 'UNCITED_FACT'
  | 'UNCITED_RECORD'
  | 'CITATION_NOT_FROM_SOURCE'
  | 'UNKNOWN_ELEMENT'
  | 'MISSING_LINK'
  | 'DUPLICATE_LINK'
  | 'DANGLING_LINK'
  | 'LINK_TO_WRONG_TYPE'
  | 'SELF_LOOP'
  | IntervalCheck
  | 'SUBORDINATION_CYCLE'
  | 'ID_NAMES_PROTECTED_PERSON'
  | 'SOURCE_FILE_NOT_HELD'
  | 'HELD_FILE_HASH_MISMATCH'
  | 'FILE_LINES_OUTSIDE_FILE'
  | 'QUOTE_NOT_IN_HELD_FILE'
  | 'QUOTE_NOT_AT_LOCATOR';

export interface Finding {
  check: IntegrityCheck;
  /** The record at fault (for a cycle: its first subordination); "(no id)" when the node has none. */
  recordId: string;
  recordType: string;
  /** The record field at fault, when one is. */
  field?: string;
  message: string;
  /** Structured facts behind the message (a cycle's organisations and links, a link's targets…). */
  details?: Record<string, unknown>;
}

export interface IntegrityReport {
  clean: boolean;
  /** Number of findings per check, in report order; checks with none are left out. */
  counts: Partial<Record<IntegrityCheck, number>>;
  findings: Finding[];
}

/** The order checks are reported in: the graph's shape first, then sources, links, dates, cycles. */
const FIXED_ORDER: readonly string[] = [
  'MALFORMED_RECORD',
  'UNCITED_FACT',
  'UNCITED_RECORD',
  'CITATION_NOT_FROM_SOURCE',
  'UNKNOWN_ELEMENT',
  'SOURCE_FILE_NOT_HELD',
  'HELD_FILE_HASH_MISMATCH',
  'FILE_LINES_OUTSIDE_FILE',
  'QUOTE_NOT_IN_HELD_FILE',
  'QUOTE_NOT_AT_LOCATOR',
  'MISSING_LINK',
  'DUPLICATE_LINK',
  'DANGLING_LINK',
  'LINK_TO_WRONG_TYPE',
  'SELF_LOOP',
];

function rank(check: IntegrityCheck): number {
  const i = FIXED_ORDER.indexOf(check);
  if (i >= 0) return i;
  return check === 'SUBORDINATION_CYCLE' ? FIXED_ORDER.length + 1 : FIXED_ORDER.length; // intervals before cycles
}

export function intervalCheck(type: RecordType): IntervalCheck {
  return `${type.toUpperCase() as Uppercase<RecordType>}_ENDS_BEFORE_START`;
}

/** Sorts findings by check (report order), then record id, then field, and counts them. */
export function buildReport(findings: readonly Finding[]): IntegrityReport {
  const sorted = [...findings].sort((a, b) => rank(a.check) - rank(b.check) || a.check.localeCompare(b.check) || a.recordId.localeCompare(b.recordId) || (a.field ?? '').localeCompare(b.field ?? ''));
  const counts: Partial<Record<IntegrityCheck, number>> = {};
  for (const f of sorted) counts[f.check] = (counts[f.check] ?? 0) + 1;
  return { clean: sorted.length === 0, counts, findings: sorted };
}

/** The id to show for a node that may lack one. */
export function shownId(id: unknown): string {
  return typeof id === 'string' && id ? id : '(no id)';
}

/** "a Posting", "an Organization". */
export function withArticle(noun: string): string {
  return `${/^[AEIOU]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
