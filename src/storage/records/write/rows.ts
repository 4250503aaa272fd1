/**
 * A record v1 as the parameters of its write: node properties (with partial dates expanded to
 * their earliest/latest day and the texts full-text search matches), reference ids by field,
 * citations, contradictions and legal elements. `_hash` of the canonical record lets a re-import
 * tell unchanged records from updated ones.
 */
import { createHash } from 'node:crypto';
import { RECORD_TYPES } from '../../../foundations/model/record-types';
import { parsePartialDate } from '../../../foundations/model/partial-date';
import type { RecordV1 } from '../schemas';

export interface WriteRow {
  id: string;
  props: Record<string, unknown>;
  refs: Record<string, string[]>;
  sources: {
    source: string;
    locator: string;
    credibility: number;
    quote: string | null;
    translation: string | null;
    translationBy: string | null;
    element: string | null;
    position: number;
  }[];
  contradicts: string[];
  elements: { id: string; number: string; text: string; kind: string; footnotes: string[] | null; position: number }[];
}

/** JSON with keys sorted at every level, so equal records hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

/**
 * Bumped whenever the way records are stored changes, so that re-loading the same records rewrites
 * them in the new shape instead of calling them unchanged.
 */
export const STORAGE_VERSION = 4;

export function recordHash(record: RecordV1): string {
  return createHash('sha256').update(`v${STORAGE_VERSION}\n`).update(canonicalJson(record)).digest('hex');
}

/** Fields that do not become node properties: they become relationships or child nodes. */
const STRUCTURAL = new Set(['type', 'sources', 'contradicts', 'elements']);

/** The texts full-text search may match for users without clearance, and for cleared users. */
function searchTexts(record: RecordV1): { searchNames: string | null; searchNamesAll: string | null } {
  const r = record as Record<string, unknown>;
  const names = [r.name, r.shortName, r.title, ...((r.aliases as string[] | undefined) ?? [])].filter((x): x is string => typeof x === 'string');
  if (!names.length) return { searchNames: null, searchNamesAll: null };
  if (record.type === 'Person' && record.protection !== 'NONE') {
    // A protected person is found only under the pseudonym by users without clearance; withheld, not at all.
    const pseudonym = record.protection === 'PSEUDONYM' ? (record.pseudonym ?? null) : null;
    return { searchNames: pseudonym, searchNamesAll: [...names, pseudonym].filter(Boolean).join(' | ') };
  }
  const all = names.join(' | ');
  return { searchNames: all, searchNamesAll: all };
}

export function toWriteRow(record: RecordV1): WriteRow {
  const info = RECORD_TYPES[record.type];
  // Reference ids stay on the node as properties too (Posting.person = "person:…"), beside the
  // relationships that traversals use, so reading a record back needs no traversal.
  const props: Record<string, unknown> = { recordType: record.type };
  for (const [key, value] of Object.entries(record)) {
    if (STRUCTURAL.has(key) || value === undefined || value === null) continue;
    props[key] = value;
  }
  for (const field of info.dates) {
    const text = (record as Record<string, unknown>)[field];
    if (typeof text !== 'string') continue;
    const d = parsePartialDate(text);
    props[`${field}Min`] = d.earliest;
    props[`${field}Max`] = d.latest;
  }
  if (info.category === 'entity') Object.assign(props, searchTexts(record));
  props._hash = recordHash(record);

  const refs: Record<string, string[]> = {};
  for (const r of info.refs) {
    const value = (record as Record<string, unknown>)[r.field];
    refs[r.field] = value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return {
    id: record.id,
    props,
    refs,
    sources:
      'sources' in record
        ? record.sources.map((c, position) => ({
            source: c.source,
            locator: c.locator,
            credibility: c.credibility,
            quote: c.quote ?? null,
            translation: c.translation ?? null,
            translationBy: c.translationBy ?? null,
            element: c.element ?? null,
            position,
          }))
        : [],
    contradicts: 'contradicts' in record ? (record.contradicts ?? []) : [],
    elements:
      record.type === 'LegalProvision'
        ? record.elements.map((e, position) => ({ id: `${record.id}#${e.number}`, number: e.number, text: e.text, kind: e.kind, footnotes: e.footnotes ?? null, position }))
        : [],
  };
}
