/**
 * Validation of a whole input before anything is written, in two streaming passes so that memory
 * grows with the number of ids, not of records:
 *   1. every item is parsed against the records v1 schemas; ids (and their types), duplicates and
 *      legal elements are indexed;
 *   2. references are checked in chunks against the input's own ids and the stored graph.
 * With `skipInvalid`, pass 2 repeats until no valid record refers to a rejected one, so that what
 * is written never dangles.
 */
import type { RecordType } from '../../storage/records/schemas';
import { parseRecord, validateBatch, type KnownRecords, type NumberedRecord, type RecordProblem } from '../../storage/records/validate';
import type { FormatReader } from './formats/types';
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

export async function validateInput(reader: FormatReader, stored: KnownRecords, opts: { skipInvalid: boolean; tick?: ProgressTick }): Promise<ValidationResult> {
  const problems: RecordProblem[] = [];
  const invalidLines = new Set<number>();
  const invalidTypes = new Map<number, string>();
  const types = new Map<string, RecordType>();
  const firstLine = new Map<string, number>();
  const elements = new Map<string, string[]>();
  const lines = new LineIndex();
  let records = 0;
  const reject = (p: RecordProblem) => {
    problems.push(p);
    if (p.line !== undefined) {
      invalidLines.add(p.line);
      if (p.recordType) invalidTypes.set(p.line, p.recordType);
    }
  };

  // Pass 1: schemas, ids, duplicates.
  let seen = 0;
  for await (const item of reader.items()) {
    seen += 1;
    if (seen % 1000 === 0) opts.tick?.('validating', seen);
    records += 1;
    item.problems.forEach(reject);
    if (item.raw === undefined) continue;
    const { record, problems: ps } = parseRecord(item.raw, item.line);
    ps.forEach(reject);
    if (!record) {
      // Index the id of a record its schema refused, so that its dependents can be told why it is missing.
      const rawId = typeof item.raw === 'object' && item.raw !== null && 'id' in item.raw ? item.raw.id : undefined;
      if (typeof rawId === 'string' && !firstLine.has(rawId)) firstLine.set(rawId, item.line);
      continue;
    }
    const earlier = firstLine.get(record.id);
    if (earlier !== undefined) {
      reject({ line: item.line, recordId: record.id, recordType: record.type, field: 'id', message: `duplicate id: already used on line ${earlier}` });
      continue;
    }
    firstLine.set(record.id, item.line);
    lines.set(item.line, record.type, 'contradicts' in record && !!record.contradicts?.length);
    if (!invalidLines.has(item.line)) types.set(record.id, record.type);
    if (record.type === 'LegalProvision')
      elements.set(
        record.id,
        record.elements.map((e) => e.number),
      );
  }
  opts.tick?.('validating', records, records);

  // Pass 2 (repeated while rejections cascade): references against the input and the graph.
  const known: KnownRecords = {
    async typeOf(ids) {
      const fromGraph = await stored.typeOf(ids);
      const out = new Map<string, RecordType>();
      for (const id of ids) {
        const t = fromGraph.get(id) ?? types.get(id);
        if (t) out.set(id, t);
      }
      return out;
    },
    async elementsOf(ids) {
      const fromGraph = stored.elementsOf ? await stored.elementsOf(ids) : new Map<string, string[]>();
      return new Map(
        ids.flatMap((id) => {
          const e = elements.get(id) ?? fromGraph.get(id);
          return e ? [[id, e] as const] : [];
        }),
      );
    },
  };
  for (let round = 0; ; round++) {
    const before = invalidLines.size;
    let chunk: NumberedRecord[] = [];
    const check = async () => {
      // Duplicates were handled in pass 1; here only references and intervals matter.
      for (const p of await validateBatch(chunk, known)) {
        if (p.field === 'id' && p.message.startsWith('duplicate id')) continue;
        const rejectedAt = p.refersTo !== undefined ? firstLine.get(p.refersTo) : undefined;
        reject(rejectedAt !== undefined && invalidLines.has(rejectedAt) ? { ...p, message: `refers to "${p.refersTo}", which is on line ${rejectedAt} but rejected` } : p);
      }
      chunk = [];
    };
    await forEachParsed(
      reader,
      async (item) => {
        if (firstLine.get(item.record.id) !== item.line) return;
        chunk.push(item);
        if (chunk.length >= VALIDATION_CHUNK) await check();
      },
      undefined,
      // Only records that passed so far: their lines are in the index and not yet rejected.
      (line) => lines.tier(line) >= 0 && !invalidLines.has(line),
    );
    if (chunk.length) await check();
    // Records rejected in this round no longer exist for the others.
    for (const [id, line] of firstLine) if (invalidLines.has(line)) types.delete(id);
    if (!opts.skipInvalid || invalidLines.size === before || round > 50) break;
  }
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
