/**
 * Validation of a batch of records v1 before anything is written: each record against its zod
 * schema, then the batch as a whole (duplicate ids, references resolvable within the batch or among
 * records already stored, citations pointing at Sources, allegation citations naming an element of
 * the provision). Every problem is reported with where (line, record, field) and why.
 */
import { recordSchema, type RecordV1, type RecordType } from './schemas';
import { CITED_RECORD_TYPES, RECORD_TYPES } from '../../foundations/model/record-types';
import { parsePartialDate } from '../../foundations/model/partial-date';
import type { RecordProblem } from '../../foundations/errors';
import { citableElementsText, MODE_ARTICLES, namesElementOf, parseCitedElement, ROME_STATUTE, type CitableProvision } from '../../foundations/model/cited-element';

/** Declared with the error that carries a list of them (VALIDATION_FAILED). */
export type { RecordProblem };

export interface NumberedRecord {
  line: number;
  record: RecordV1;
}

/** What a batch can refer to beyond itself: records already stored, by id. */
export interface KnownRecords {
  typeOf(ids: readonly string[]): Promise<Map<string, RecordType>> | Map<string, RecordType>;
  /** Element numbers of stored legal provisions, for allegation citations. */
  elementsOf?(provisionIds: readonly string[]): Promise<Map<string, string[]>> | Map<string, string[]>;
  /** Stored Rome Statute provisions of these articles (the modes of liability's), by article: for citations naming a mode's element. */
  modeProvisionsOf?(articles: readonly string[]): Promise<Map<string, CitableProvision>> | Map<string, CitableProvision>;
}

export const NO_KNOWN_RECORDS: KnownRecords = { typeOf: () => new Map() };

/** "a" or "an" before a record type's name. */
export function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}

export function formatProblem(p: RecordProblem): string {
  const where = [p.line !== undefined ? `line ${p.line}` : null, p.recordId ? `${p.recordType ?? 'record'} ${p.recordId}` : null].filter(Boolean).join(', ');
  return `${where || 'record'}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** Parses one raw value (already JSON-decoded) against the records v1 schemas. */
export function parseRecord(raw: unknown, line?: number): { record?: RecordV1; problems: RecordProblem[] } {
  const result = recordSchema.safeParse(raw);
  if (result.success) return { record: result.data, problems: [] };
  const obj = (raw ?? {}) as { id?: unknown; type?: unknown };
  const recordId = typeof obj.id === 'string' ? obj.id : undefined;
  const recordType = typeof obj.type === 'string' ? obj.type : undefined;
  return {
    problems: result.error.issues.map((issue) => {
      const isType = issue.path.length === 1 && issue.path[0] === 'type';
      return {
        line,
        recordId,
        recordType,
        field: isType ? 'type' : issue.path.join('.'),
        message: isType ? `${recordType === undefined ? 'is missing' : `"${String(obj.type)}" is not a record type`}: expected one of ${Object.keys(RECORD_TYPES).join(', ')}` : issue.message,
      };
    }),
  };
}

/** Checks that don't need other records: date order. */
function intervalProblems({ line, record }: NumberedRecord): RecordProblem[] {
  const r = record as { startDate?: string | null; endDate?: string | null };
  if (!r.startDate || !r.endDate) return [];
  if (parsePartialDate(r.endDate).latest < parsePartialDate(r.startDate).earliest) {
    return [{ line, recordId: record.id, recordType: record.type, field: 'endDate', message: `${r.endDate} is before startDate ${r.startDate}` }];
  }
  return [];
}

/** Validates a whole batch of parsed records: ids, references, citations and elements. */
export async function validateBatch(batch: readonly NumberedRecord[], known: KnownRecords = NO_KNOWN_RECORDS): Promise<RecordProblem[]> {
  const problems: RecordProblem[] = [];
  const inBatch = new Map<string, NumberedRecord>();
  for (const item of batch) {
    const earlier = inBatch.get(item.record.id);
    if (earlier) {
      problems.push({ line: item.line, recordId: item.record.id, recordType: item.record.type, field: 'id', message: `duplicate id: already used on line ${earlier.line}` });
      continue;
    }
    inBatch.set(item.record.id, item);
    problems.push(...intervalProblems(item));
  }

  // Every id referred to that the batch does not define is looked up among stored records at once.
  // Ids the batch defines are looked up too: an id stored under another type is a conflict.
  const referred = new Set<string>(inBatch.keys());
  const provisions = new Set<string>();
  for (const { record } of batch) {
    for (const target of referencesOf(record)) referred.add(target.id);
    if (record.type === 'Allegation') provisions.add(record.provision);
  }
  const stored = referred.size ? await known.typeOf([...referred]) : new Map<string, RecordType>();
  const typeOf = (id: string): RecordType | undefined => inBatch.get(id)?.record.type ?? stored.get(id);
  for (const { line, record } of inBatch.values()) {
    const existing = stored.get(record.id);
    if (existing && existing !== record.type) {
      problems.push({ line, recordId: record.id, recordType: record.type, field: 'id', message: `id is already used by ${article(existing)} ${existing} in the graph` });
    }
  }

  const storedProvisions = [...provisions].filter((p) => !inBatch.has(p));
  const storedElements = storedProvisions.length && known.elementsOf ? await known.elementsOf(storedProvisions) : new Map<string, string[]>();
  const elementsOf = (provisionId: string): string[] | undefined => {
    const local = inBatch.get(provisionId)?.record;
    if (local?.type === 'LegalProvision') return local.elements.map((e) => e.number);
    return storedElements.get(provisionId);
  };

  const modeProvisionOf = await modeProvisionsFor(batch, known);

  for (const { line, record } of batch) {
    const at = (field: string, message: string, refersTo?: string) => problems.push({ line, recordId: record.id, recordType: record.type, field, message, ...(refersTo ? { refersTo } : {}) });
    for (const target of referencesOf(record)) {
      const actual = typeOf(target.id);
      if (!actual) at(target.field, `refers to unknown ${alternatives(target.expected)} "${target.id}"`, target.id);
      else if (!target.expected.includes(actual)) at(target.field, `refers to "${target.id}", ${article(actual)} ${actual}; expected ${alternatives(target.expected)}`, target.id);
    }
    if (record.type === 'Allegation') {
      const elements = elementsOf(record.provision);
      const mode = modeProvisionOf(record.mode);
      record.sources.forEach((c, i) => {
        // A mode's element is not checked when nothing can say which provision the mode names (no graph to ask).
        const unknowable = mode === undefined && parseCitedElement(c.element ?? '').article !== null;
        if (c.element !== undefined && elements && !unknowable && !namesElementOf(c.element, elements, mode ?? null)) {
          at(
            `sources.${i}.element`,
            `element "${c.element}" names no element of the allegation's crime or mode: ${citableElementsText({ id: record.provision, numbers: elements }, record.mode, mode)}`,
          );
        }
      });
    } else if ('sources' in record) {
      record.sources.forEach((c, i) => {
        if (c.element !== undefined) at(`sources.${i}.element`, "only an Allegation's citations name an element");
      });
    }
  }
  return problems;
}

/**
 * The provision of each allegation's mode of liability, found as element coverage finds it: the
 * Rome Statute provision with the mode's article, of the batch or else stored (the lowest id first).
 */
async function modeProvisionsFor(batch: readonly NumberedRecord[], known: KnownRecords): Promise<(mode: string) => CitableProvision | null | undefined> {
  const articles = new Set<string>();
  for (const { record } of batch) if (record.type === 'Allegation') articles.add(MODE_ARTICLES[record.mode]);
  if (!articles.size) return () => null;
  const inBatch = new Map<string, CitableProvision>();
  const provisions = batch.flatMap(({ record }) => (record.type === 'LegalProvision' && articles.has(record.article) && record.instrument.includes(ROME_STATUTE) ? [record] : []));
  for (const p of provisions.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!inBatch.has(p.article)) inBatch.set(p.article, { id: p.id, article: p.article, numbers: p.elements.map((e) => e.number) });
  }
  const stored = known.modeProvisionsOf ? await known.modeProvisionsOf([...articles].filter((a) => !inBatch.has(a))) : undefined;
  // null: no such provision; undefined: none in the batch and no graph to ask.
  return (mode) => {
    const article = MODE_ARTICLES[mode as keyof typeof MODE_ARTICLES];
    return inBatch.get(article) ?? (stored ? (stored.get(article) ?? null) : undefined);
  };
}

interface Reference {
  field: string;
  id: string;
  expected: readonly RecordType[];
}

/** "Person or Organization"; "Person, Organization, Place or Event". */
export function alternatives(types: readonly string[]): string {
  return types.length > 2 ? `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]!}` : types.join(' or ');
}

/** Every id a record refers to, with the field it sits in and the record types it may name. */
export function referencesOf(record: RecordV1): Reference[] {
  const refs: Reference[] = [];
  const fields: Record<string, unknown> = record;
  for (const r of RECORD_TYPES[record.type].refs) {
    const value = fields[r.field];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) value.forEach((v, i) => refs.push({ field: `${r.field}.${i}`, id: String(v), expected: r.targets }));
    else refs.push({ field: r.field, id: String(value), expected: r.targets });
  }
  if ('sources' in record) record.sources.forEach((c, i) => refs.push({ field: `sources.${i}.source`, id: c.source, expected: ['Source'] }));
  // A rival account is another cited record's: a source is where accounts come from, not one of them.
  if ('contradicts' in record && record.contradicts) record.contradicts.forEach((c, i) => refs.push({ field: `contradicts.${i}`, id: c, expected: CITED_RECORD_TYPES }));
  return refs;
}
