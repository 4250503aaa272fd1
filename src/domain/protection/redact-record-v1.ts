/**
 * A records v1 record as a viewer without clearance may receive it in an export (src/domain/exports),
 * next to redact-record.ts, which does the same for stored node properties. The result is still
 * a valid records v1 record (recordSchema), so a redacted export imports like any other:
 * - a withheld person, and every record referring to one (a posting, a participation, an
 *   allegation accusing them…): null, left out;
 * - a pseudonymised person: `{type, id, name: pseudonym, pseudonym, protection: 'PSEUDONYM',
 *   sources}` and nothing else (no aliases, birth date, citizenship, description);
 * - every free-text field scrubbed of protected names (names, titles, descriptions, aliases,
 *   charges, citation locators and quotes, legal element texts…). Scrubbing is the default: only
 *   the structural fields listed in STRUCTURAL (ids, references, dates, vocabularies, codes,
 *   numbers) are kept as they are, so a field added to the schema later is scrubbed, not leaked;
 * - a Source whose confidentiality is not PUBLIC loses its held `file` (and `fileLines`), its `sha256`
 *   (which would confirm a guessed file) and its `url`; every citation of it loses its `quote` and
 *   the quote's `translation`. A public
 *   source's `url` is dropped if it names a protected person (a URL cannot be scrubbed and stay one);
 * - `contradicts` entries naming a withheld person or a record left out of the export are dropped.
 * A text that scrubbing makes longer than the schema allows is shortened, ending in "…".
 * Cleared viewers get the record exactly as stored.
 */
import { RECORD_TYPES } from '../../foundations/model/record-types';
import { recordSchema, type Citation, type RecordV1 } from '../../storage/records/schemas';
import type { ProtectionView } from './view';

export interface RecordV1Redaction {
  /** Ids of Sources whose confidentiality is not PUBLIC (their citations lose the quote). */
  confidentialSources: ReadonlySet<string>;
  /** Ids left out of the export (withheld persons, records linking one): never named in `contradicts`. */
  leftOut?: ReadonlySet<string>;
}

/** Fields kept as they are: identity, references (added per type), dates (per type), vocabularies, codes, numbers. */
const STRUCTURAL = new Set([
  'type',
  'id',
  'protection',
  'pseudonym',
  'confidentiality',
  'reliability',
  'eventType',
  'role',
  'classification',
  'relation',
  'mode',
  'country',
  'citizenship',
  'inAbsentia',
  'victimCount',
  'latitude',
  'longitude',
  'language',
  'translationStatus',
]);
/** Handled on their own. */
const SPECIAL = new Set(['sources', 'contradicts', 'elements', 'url', 'file', 'fileLines', 'sha256', 'kind']);

const NO_IDS: ReadonlySet<string> = new Set();

export function redactRecordV1(record: RecordV1, view: ProtectionView, context: RecordV1Redaction): RecordV1 | null {
  if (view.cleared) return record;
  const withheld = view.withheld;
  const info = RECORD_TYPES[record.type];
  if (record.type === 'Person' && record.protection === 'WITHHOLD') return null;
  if (withheld.has(record.id)) return null;
  const fields = record as Record<string, unknown>;
  const refs = info.refs.map((r) => r.field);
  for (const f of refs) {
    const v = fields[f];
    if (typeof v === 'string' ? withheld.has(v) : Array.isArray(v) && v.some((x) => typeof x === 'string' && withheld.has(x))) return null;
  }

  const scrub = (s: string) => view.text(s);
  const leftOut = context.leftOut ?? NO_IDS;
  const out: Record<string, unknown> = {};
  if ('sources' in record && record.sources) out.sources = record.sources.map((c) => redactCitation(c, view, context.confidentialSources));
  if ('contradicts' in record && record.contradicts) {
    const kept = record.contradicts.filter((id) => !withheld.has(id) && !leftOut.has(id));
    if (kept.length) out.contradicts = kept;
  }

  if (record.type === 'Person' && record.protection === 'PSEUDONYM') {
    const pseudonym = record.pseudonym ?? '[withheld]';
    return finish({ type: 'Person', id: record.id, name: pseudonym, pseudonym, protection: 'PSEUDONYM', ...out });
  }

  const keep = new Set([...STRUCTURAL, ...refs, ...info.dates]);
  for (const [key, value] of Object.entries(fields)) {
    if (key in out) continue;
    if (keep.has(key)) out[key] = value;
    else if (SPECIAL.has(key)) continue;
    else if (typeof value === 'string') out[key] = scrub(value);
    else if (Array.isArray(value)) out[key] = (value as unknown[]).map((v) => (typeof v === 'string' ? scrub(v) : v));
    else out[key] = value;
  }
  // `kind` is a vocabulary for organisations and sources, free text for places.
  if (fields.kind !== undefined) out.kind = record.type === 'Place' ? scrub(String(fields.kind)) : fields.kind;
  if (record.type === 'LegalProvision') out.elements = record.elements.map((e) => ({ ...e, text: scrub(e.text), ...(e.footnotes ? { footnotes: e.footnotes.map(scrub) } : {}) }));
  if (record.type === 'Source') {
    const confidential = record.confidentiality !== 'PUBLIC' || context.confidentialSources.has(record.id);
    if (!confidential) {
      if (record.file !== undefined) out.file = record.file;
      if (record.fileLines !== undefined) out.fileLines = record.fileLines;
      if (record.sha256 !== undefined) out.sha256 = record.sha256;
      if (record.url !== undefined && scrub(record.url) === record.url) out.url = record.url;
    }
  }
  return finish(out);
}

function redactCitation(c: Citation, view: ProtectionView, confidential: ReadonlySet<string>): Citation {
  const { quote, translation, translationBy, ...rest } = c;
  const out: Citation = { ...rest, locator: view.text(c.locator) };
  // A confidential source's content goes: the quote and the translation of it alike.
  if (quote === undefined || confidential.has(c.source)) return out;
  out.quote = view.text(quote);
  if (translation !== undefined) Object.assign(out, { translation: view.text(translation), translationBy });
  return out;
}

/** The redacted record through the records v1 schema: texts grown past a limit shortened; anything else wrong fails closed. */
function finish(candidate: Record<string, unknown>): RecordV1 {
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = recordSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const tooLong = parsed.error.issues.filter((i) => i.code === 'too_big' && i.origin === 'string');
    if (!tooLong.length || tooLong.length !== parsed.error.issues.length) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`redacting record ${String(candidate.id)} produced an invalid records v1 record: ${why}`);
    }
    for (const issue of tooLong) shorten(candidate, issue.path, Number((issue as { maximum: number | bigint }).maximum));
  }
  throw new Error(`redacting record ${String(candidate.id)}: texts could not be shortened to their limits`);
}

function shorten(root: Record<string, unknown>, path: readonly PropertyKey[], max: number): void {
  let parent: Record<PropertyKey, unknown> = root;
  for (const key of path.slice(0, -1)) parent = parent[key as string] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1] as string;
  const value = parent[last];
  if (typeof value !== 'string') return;
  // Code units, as the schema counts; never half a surrogate pair.
  const cut = value.slice(0, Math.max(1, max - 1)).replace(/[\uD800-\uDBFF]$/, '');
  parent[last] = `${cut.trimEnd()}…`;
}
