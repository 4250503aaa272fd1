/**
 * FollowTheMoney entities (JSON Lines as Aleph and OpenSanctions export them) as an import format.
 * The mapping onto records v1 is documented in the README ("Import formats"); in short: Person →
 * Person; Organization, PublicBody, Company, LegalEntity → Organization; Membership, Employment,
 * Directorship, Occupancy (+ its Position) → Posting; Event → Event (+ a Participation per involved
 * or organizing actor); CourtCase → Trial; CourtCaseParty → Participation; Document (and kinds of
 * it) → Source; Documentation → one more citation, of that Source, on the documented record.
 * Whatever has no counterpart (an entity's schema, or a property of a mapped entity) becomes a
 * ConversionNote, aggregated per schema and property so that the report stays readable.
 *
 * Entities refer to each other across the file (a Membership names its member), so the whole file
 * is read into memory on the first iteration and the converted items are kept for later passes:
 * fine for the FtM exports this project takes (thousands of entities, not millions).
 */
import { createHash } from 'node:crypto';
import { Model, defaultModel, type Schema } from '@opensanctions/followthemoney';
import { rawJsonLines } from '../../../storage/records/read-jsonl';
import { convertEntity, type ConvertContext } from './ftm-convert';
import { Entity, entityWord, unique, type Obj } from './ftm-entity';
import type { ConversionNote, FormatReader, RawItem, ReaderOptions } from './types';

const model = new Model(defaultModel);
const omitUndefined = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function ftmReader(path: string, opts: ReaderOptions = {}): FormatReader {
  let cache: { items: RawItem[]; notes: ConversionNote[] } | undefined;
  return {
    async *items(): AsyncGenerator<RawItem> {
      cache ??= await convertFile(path, opts);
      yield* cache.items;
    },
    notes: () => cache?.notes ?? [],
  };
}

async function convertFile(path: string, opts: ReaderOptions): Promise<{ items: RawItem[]; notes: ConversionNote[] }> {
  const items: RawItem[] = [];
  const notes: ConversionNote[] = [];
  const grouped = new Map<string, { line: number; what: string; count: number; message: (n: number) => string }>();
  const group = (key: string, e: Entity, what: string, message: (n: number) => string) => {
    const g = grouped.get(key) ?? { line: e.line, what, count: 0, message };
    g.count += 1;
    grouped.set(key, g);
  };
  const entities = new Map<string, Entity>();
  const order: Entity[] = [];
  const multi = (e: Entity, p: string) => group(`multi ${e.schema.name}.${p}`, e, `FtM ${e.schema.name}.${p}`, (n) => `several values on ${n} ${entityWord(n)}: only the first was kept`);

  for await (const parsed of rawJsonLines(path)) {
    const n = parsed.line;
    const raw = parsed.raw;
    if (!raw) {
      items.push({ line: n, problems: parsed.problems });
      continue;
    }
    const bad = (message: string) => items.push({ line: n, problems: [{ line: n, field: '', message }] });
    if (typeof raw.id !== 'string' || !raw.id) {
      bad('an FtM entity needs an "id" (a non-empty string)');
      continue;
    }
    if (typeof raw.schema !== 'string') {
      bad(`FtM entity ${raw.id} has no "schema"`);
      continue;
    }
    let schema: Schema;
    try {
      schema = model.getSchema(raw.schema);
    } catch {
      notes.push({ line: n, what: `FtM ${raw.schema} entity ${raw.id}`, message: `"${raw.schema}" is not a FollowTheMoney schema (model 4.5): not imported` });
      continue;
    }
    const props: Record<string, string[]> = {};
    for (const [k, v] of Object.entries((raw.properties ?? {}) as Obj)) props[k] = (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined).map(String);
    if (entities.has(raw.id)) {
      bad(`FtM entity ${raw.id} appears twice (first on line ${entities.get(raw.id)!.line})`);
      continue;
    }
    const e = new Entity(raw.id, schema, n, props, multi);
    entities.set(raw.id, e);
    order.push(e);
  }

  // Ids: `ftm:<FtM id>`, made to fit the records v1 id pattern; a hash keeps altered ids apart.
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const idOf = (ftm: string): string => {
    let id = ids.get(ftm);
    if (id) return id;
    let s = ftm.replace(/[^A-Za-z0-9._:/-]/g, '-');
    if (!/^[A-Za-z0-9]/.test(s)) s = `x${s}`;
    id = `ftm:${s}`;
    if (id.length > 200 || taken.has(id)) id = `ftm:${s.slice(0, 180)}-${createHash('sha1').update(ftm).digest('hex').slice(0, 12)}`;
    ids.set(ftm, id);
    taken.add(id);
    return id;
  };
  const credibility = opts.credibility ?? 3;
  const cite = (e: Entity): Obj => ({ source: opts.citeSource, locator: `ftm:${e.id}`.slice(0, 200), credibility });

  // Documentation: each becomes a citation of its document on the record of the documented entity.
  const documented = new Map<string, { line: number; citation: Obj; by: string }[]>();
  for (const e of order.filter((x) => x.isA('Documentation'))) {
    const doc = e.one('document');
    const target = e.one('entity');
    if (!doc || !target) {
      notes.push({ line: e.line, what: `FtM Documentation ${e.id}`, message: `has no ${doc ? 'entity' : 'document'}: nothing to cite` });
      continue;
    }
    const list = documented.get(target) ?? [];
    list.push({ line: e.line, by: e.id, citation: { source: idOf(doc), locator: `ftm:${e.id}`.slice(0, 200), credibility } });
    documented.set(target, list);
  }

  const kindOf = (ftm: string): 'person' | 'org' | 'other' | undefined => {
    const t = entities.get(ftm);
    if (!t) return undefined;
    return t.isA('Person') ? 'person' : t.isA('Organization') || t.schema.name === 'LegalEntity' || (t.isA('Position') && !t.props.organization?.length) ? 'org' : 'other';
  };
  const countries = (e: Entity, ...names: string[]): string[] | undefined => {
    const values = e.all(...names);
    const bad = values.filter((c) => !/^[a-z]{2}$/i.test(c));
    if (bad.length)
      group(
        `country ${e.schema.name}.${names.join('/')}`,
        e,
        `FtM ${e.schema.name}.${names.join('/')}`,
        (k) => `on ${k} ${entityWord(k)}: values that are not ISO 3166-1 alpha-2 codes were not imported (e.g. "${bad[0]}")`,
      );
    return unique(values.filter((c) => /^[a-z]{2}$/i.test(c)).map((c) => c.toUpperCase()));
  };
  const skip = (e: Entity, message: string) => notes.push({ line: e.line, what: `FtM ${e.schema.name} entity ${e.id}`, message });
  const ctx: ConvertContext = { entities, idOf, kindOf, countries, skip, group, multi };

  const noCite = 'FtM entities carry no citation of their own: pass --cite SOURCE_ID (a Source in this file or already stored) for every converted record to cite';
  const cited = new Set<string>();
  for (const e of order) {
    const { records, problems = [] } = convertEntity(e, ctx);
    if (!records.length && problems.length) items.push({ line: e.line, problems });
    records.forEach((raw, i) => {
      const record = omitUndefined(raw);
      const recordProblems = i === 0 ? [...problems] : [];
      if (record.type !== 'Source') {
        const docs = i === 0 ? (documented.get(e.id) ?? []) : [];
        if (docs.length) cited.add(e.id);
        record.sources = [...(opts.citeSource ? [cite(e)] : []), ...docs.map((d) => d.citation)];
        if (!opts.citeSource) recordProblems.push({ line: e.line, recordId: record.id as string, recordType: record.type as string, field: 'sources', message: noCite });
      }
      items.push({ line: e.line, raw: record, problems: recordProblems });
    });
    if (!e.used.has('*')) {
      for (const p of Object.keys(e.props)) {
        if (!e.used.has(p) && e.props[p]!.length) group(`unmapped ${e.schema.name}.${p}`, e, `FtM ${e.schema.name}.${p}`, (k) => `on ${k} ${entityWord(k)}: no counterpart in the model; not imported`);
      }
    }
  }
  for (const [target, docs] of documented) {
    if (cited.has(target)) continue;
    for (const d of docs)
      notes.push({ line: d.line, what: `FtM Documentation ${d.by}`, message: `documents ${target}, which this file does not turn into a record: the citation was not carried over` });
  }
  for (const g of grouped.values()) notes.push({ line: g.line, what: g.what, message: g.message(g.count) });
  notes.sort((a, b) => a.line - b.line);
  items.sort((a, b) => a.line - b.line); // bad lines were set aside while reading; the sort is stable
  return { items, notes };
}
