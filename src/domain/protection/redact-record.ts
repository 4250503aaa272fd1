/**
 * A stored record as a viewer without clearance may see it (redaction at the source: the
 * request's loaders, lists and search hand out only records passed through here):
 * - a withheld person: null (as if it did not exist);
 * - a fact linking a withheld person (a posting, participation, allegation accusing them, any
 *   record referring to them): null;
 * - a pseudonymised person: `{id, recordType, protection, pseudonymised: true, name: pseudonym}`,
 *   nothing else (no real name, aliases, birth date, description, citizenship);
 * - anything else: every text field scrubbed of protected names (ids and references untouched).
 * Cleared viewers get records as stored, `pseudonymised: false`.
 */
import { RECORD_TYPES } from '../../foundations/model/record-types';
import type { RecordType } from '../../storage/records/schemas';
import type { ProtectedNames } from './protected-names';
import type { Scrubber } from './scrubber';
import type { StoredRecord } from '../../storage/records/stored';

/** Never scrubbed: identity and reference fields (ids must not contain names: see protected-names.ts). */
const KEEP = new Set(['id', 'recordType', 'protection']);
/** Never handed to a viewer without clearance: the search texts hold real names. */
const DROP = new Set(['searchNames', 'searchNamesAll']);

function refFields(type: string): readonly string[] {
  return RECORD_TYPES[type as RecordType]?.refs.map((r) => r.field) ?? [];
}

/** Whether the record refers to a withheld person through any of its reference fields. */
export function linksWithheld(node: StoredRecord, withheld: ReadonlySet<string>): boolean {
  if (!withheld.size) return false;
  return refFields(node.recordType).some((f) => {
    const v = node[f];
    return typeof v === 'string' ? withheld.has(v) : Array.isArray(v) && v.some((x) => typeof x === 'string' && withheld.has(x));
  });
}

export function redactRecord(node: StoredRecord | null | undefined, names: ProtectedNames, scrubber: Scrubber): StoredRecord | null {
  if (!node) return null;
  if (node.recordType === 'Person' && node.protection === 'WITHHOLD') return null;
  if (names.withheld.has(node.id) || linksWithheld(node, names.withheld)) return null;
  if (node.recordType === 'Person' && node.protection === 'PSEUDONYM') {
    const pseudonym = typeof node.pseudonym === 'string' ? node.pseudonym : '[withheld]';
    return { id: node.id, recordType: node.recordType, protection: node.protection, pseudonym, name: pseudonym, pseudonymised: true };
  }
  const refs = new Set(refFields(node.recordType));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key)) continue;
    if (KEEP.has(key) || refs.has(key) || /(Min|Max)$/.test(key)) out[key] = value;
    else if (typeof value === 'string') out[key] = scrubber.scrub(value);
    else if (Array.isArray(value)) out[key] = (value as unknown[]).map((v) => (typeof v === 'string' ? scrubber.scrub(v) : v));
    else out[key] = value;
  }
  // Every key was copied in the record's own order, id and recordType among them.
  return { ...out, id: node.id, recordType: node.recordType };
}
