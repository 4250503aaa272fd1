/**
 * Validation of a whole input before anything is written, in two streaming passes so that memory
 * grows with the number of ids, not of records:
 *   1. every item is parsed against the records v1 schemas; ids (and their types), duplicates and
 *      legal elements are indexed;
 *   2. references are checked in chunks against the input's own ids and the stored graph.
 * With `skipInvalid`, pass 2 repeats until no valid record refers to a rejected one, so that what
 * is written never dangles.
 */
import { MODE_ARTICLES, ROME_STATUTE, type CitableProvision } from '../../foundations/model/cited-element';
import type { RecordType, RecordV1 } from '../../storage/records/schemas';
import { parseRecord, validateBatch, type KnownRecords, type NumberedRecord, type RecordProblem } from '../../storage/records/validate';
import type { FormatReader, RawItem } from './formats/types';
import { LineIndex } from './line-index';

export const VALIDATION_CHUNK = 2000;

export interface ValidationResult {
  records: number;
  /** Each line's write tier and contradictions, so the write passes parse only the lines they write. */
  lines: LineIndex;
  problems: RecordProblem[];
  /** Lines that will not be written (any problem on them). */
  invalidLines: Set<number>;
  /** Types of the valid records by id (what the write passes may rely on). */
  types: Map<string, RecordType>;
  /** Record type of each invalid line, when it could be told. */
  invalidTypes: Map<number, string>;
}

export type ProgressTick = (phase: string, done: number, total?: number) => void;

/**
 * Parses every item (or, given `wanted`, only the items of the lines it wants: the others are
 * neither converted by readers that can skip them nor checked against the schemas); yields parsed
 * records (with their line) to `each`, and collects problems.
 */
export async function forEachParsed(
  reader: FormatReader,
  each: (item: NumberedRecord) => void | Promise<void>,
  onProblem?: (p: RecordProblem) => void,
  wanted?: (line: number) => boolean,
): Promise<void> {
  for await (const item of reader.items(wanted)) {
    if (wanted && !wanted(item.line)) continue;
    item.problems.forEach((p) => onProblem?.(p));
    if (item.raw === undefined) continue;
    const { record, problems } = parseRecord(item.raw, item.line);
    problems.forEach((p) => onProblem?.(p));
    if (record) await each({ line: item.line, record });
  }
}

/** The input's provision of a mode of liability by its article (the lowest id, as element coverage picks it). */
function indexModeProvision(index: Map<string, CitableProvision>, record: RecordV1 & { type: 'LegalProvision' }): void {
  if (!MODE_ARTICLE_SET.has(record.article) || !record.instrument.includes(ROME_STATUTE)) return;
  const held = index.get(record.article);
  if (!held || record.id < held.id) index.set(record.article, { id: record.id, article: record.article, numbers: record.elements.map((e) => e.number) });
}

const MODE_ARTICLE_SET = new Set<string>(Object.values(MODE_ARTICLES));

/** What the passes learn of the input as they go. */
interface InputIndex {
  records: number;
  lines: LineIndex;
  problems: RecordProblem[];
  invalidLines: Set<number>;
  invalidTypes: Map<number, string>;
  types: Map<string, RecordType>;
  /** The line each id is first given on (also for records their schema refused). */
  firstLine: Map<string, number>;
  /** Element numbers of the input's legal provisions. */
  elements: Map<string, string[]>;
  /** The input's provisions of the modes of liability, by article. */
  modeProvisions: Map<string, CitableProvision>;
}

function emptyIndex(): InputIndex {
  return { records: 0, lines: new LineIndex(), problems: [], invalidLines: new Set(), invalidTypes: new Map(), types: new Map(), firstLine: new Map(), elements: new Map(), modeProvisions: new Map() };
}

/** Records a problem; a problem with a line rejects that line. */
function reject(index: InputIndex, p: RecordProblem): void {
  index.problems.push(p);
  if (p.line === undefined) return;
  index.invalidLines.add(p.line);
  if (p.recordType) index.invalidTypes.set(p.line, p.recordType);
}

/** Pass 1 for one item: its schema, its id (duplicates), its tier, a provision's elements. */
function indexItem(index: InputIndex, item: RawItem): void {
  item.problems.forEach((p) => reject(index, p));
  if (item.raw === undefined) return;
  const { record, problems } = parseRecord(item.raw, item.line);
  problems.forEach((p) => reject(index, p));
  if (!record) {
    // Index the id of a record its schema refused, so that its dependents can be told why it is missing.
    const rawId = typeof item.raw === 'object' && item.raw !== null && 'id' in item.raw ? item.raw.id : undefined;
    if (typeof rawId === 'string' && !index.firstLine.has(rawId)) index.firstLine.set(rawId, item.line);
    return;
  }
  const earlier = index.firstLine.get(record.id);
  if (earlier !== undefined) {
    reject(index, { line: item.line, recordId: record.id, recordType: record.type, field: 'id', message: `duplicate id: already used on line ${earlier}` });
    return;
  }
  index.firstLine.set(record.id, item.line);
  index.lines.set(item.line, record.type, 'contradicts' in record && !!record.contradicts?.length);
  if (!index.invalidLines.has(item.line)) index.types.set(record.id, record.type);
  if (record.type === 'LegalProvision') {
    index.elements.set(
      record.id,
      record.elements.map((e) => e.number),
    );
    indexModeProvision(index.modeProvisions, record);
  }
}

/** Pass 1: every item against the schemas; ids, duplicates, tiers and legal elements indexed. */
async function indexSchemas(reader: FormatReader, index: InputIndex, tick?: ProgressTick): Promise<void> {
  for await (const item of reader.items()) {
    index.records += 1;
    if (index.records % 1000 === 0) tick?.('validating', index.records);
    indexItem(index, item);
  }
  tick?.('validating', index.records, index.records);
}

/** What a record may refer to: the graph's records, and the input's that are valid so far. */
function knownRecords(stored: KnownRecords, index: InputIndex): KnownRecords {
  return {
    async typeOf(ids) {
      const fromGraph = await stored.typeOf(ids);
      const out = new Map<string, RecordType>();
      for (const id of ids) {
        const t = fromGraph.get(id) ?? index.types.get(id);
        if (t) out.set(id, t);
      }
      return out;
    },
    async elementsOf(ids) {
      const fromGraph = stored.elementsOf ? await stored.elementsOf(ids) : new Map<string, string[]>();
      return new Map(
        ids.flatMap((id) => {
          const e = index.elements.get(id) ?? fromGraph.get(id);
          return e ? [[id, e] as const] : [];
        }),
      );
    },
    async modeProvisionsOf(articles) {
      const fromGraph = stored.modeProvisionsOf ? await stored.modeProvisionsOf(articles.filter((a) => !index.modeProvisions.has(a))) : new Map<string, CitableProvision>();
      return new Map(
        articles.flatMap((a) => {
          const p = index.modeProvisions.get(a) ?? fromGraph.get(a);
          return p ? [[a, p] as const] : [];
        }),
      );
    },
  };
}

/** Checks a chunk's references and intervals; a reference to a rejected record says so. */
async function checkChunk(index: InputIndex, chunk: readonly NumberedRecord[], known: KnownRecords): Promise<void> {
  for (const p of await validateBatch(chunk, known)) {
    // Duplicates were handled in pass 1; here only references and intervals matter.
    if (p.field === 'id' && p.message.startsWith('duplicate id')) continue;
    const rejectedAt = p.refersTo !== undefined ? index.firstLine.get(p.refersTo) : undefined;
    reject(index, rejectedAt !== undefined && index.invalidLines.has(rejectedAt) ? { ...p, message: `refers to "${p.refersTo}", which is on line ${rejectedAt} but rejected` } : p);
  }
}

/** Pass 2, one round: the references of every record that passed so far, in chunks. */
async function checkReferences(reader: FormatReader, index: InputIndex, known: KnownRecords): Promise<void> {
  let chunk: NumberedRecord[] = [];
  await forEachParsed(
    reader,
    async (item) => {
      if (index.firstLine.get(item.record.id) !== item.line) return;
      chunk.push(item);
      if (chunk.length < VALIDATION_CHUNK) return;
      const full = chunk;
      chunk = [];
      await checkChunk(index, full, known);
    },
    undefined,
    // Only records that passed so far: their lines are in the index and not yet rejected.
    (line) => index.lines.tier(line) >= 0 && !index.invalidLines.has(line),
  );
  if (chunk.length) await checkChunk(index, chunk, known);
  // Records rejected in this round no longer exist for the others.
  for (const [id, line] of index.firstLine) if (index.invalidLines.has(line)) index.types.delete(id);
}

export async function validateInput(reader: FormatReader, stored: KnownRecords, opts: { skipInvalid: boolean; tick?: ProgressTick }): Promise<ValidationResult> {
  const index = emptyIndex();
  await indexSchemas(reader, index, opts.tick);
  const known = knownRecords(stored, index);
  // Pass 2, repeated with skipInvalid while rejections cascade.
  for (let round = 0; ; round++) {
    const before = index.invalidLines.size;
    await checkReferences(reader, index, known);
    if (!opts.skipInvalid || index.invalidLines.size === before || round > 50) break;
  }
  const { records, lines, problems, invalidLines, types, invalidTypes } = index;
  return { records, lines, problems: dedupe(problems), invalidLines, types, invalidTypes };
}

/** The same problem found again in a later round is reported once. */
function dedupe(problems: RecordProblem[]): RecordProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}|${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
