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
import { rawJsonLines } from '../../records/read-jsonl';
import type { RecordProblem } from '../../records/validate';
import type { PostingRole } from '../../model/enums';
import { EVENT_WORDS, PARTY_WORDS, POSTING_WORDS, firstMatch } from './ftm-words';
import type { ConversionNote, FormatReader, RawItem, ReaderOptions } from './types';

const model = new Model(defaultModel);
type Obj = Record<string, unknown>;

/** The FtM interests that become Postings: which property names the person, which the organisation. */
const POSTING_KEYS: Record<string, { person: string; org: string; fallback: PostingRole }> = {
  Membership: { person: 'member', org: 'organization', fallback: 'MEMBER' },
  Employment: { person: 'employee', org: 'employer', fallback: 'EMPLOYEE' },
  Directorship: { person: 'director', org: 'organization', fallback: 'MEMBER' },
};

class Entity {
  readonly used = new Set<string>();
  constructor(readonly id: string, readonly schema: Schema, readonly line: number, readonly props: Record<string, string[]>, private readonly multi: (e: Entity, prop: string) => void) {}
  isA(name: string): boolean {
    return this.schema.isA(name);
  }
  /** All values of these properties, marking them carried over. */
  all(...names: string[]): string[] {
    return names.flatMap((n) => {
      const v = this.props[n] ?? [];
      if (v.length) this.used.add(n);
      return v;
    });
  }
  /** The first value of the first of these properties that has one; extra values are noted. */
  one(...names: string[]): string | undefined {
    const n = names.find((p) => this.props[p]?.length);
    if (!n) return undefined;
    this.used.add(n);
    const v = this.props[n]!;
    if (new Set(v).size > 1) this.multi(this, n);
    return v[0];
  }
}

const datePart = (v: string | undefined): string | undefined => (v && /^\d{4}-\d{2}-\d{2}[T ]/.test(v) ? v.slice(0, 10) : v);
const unique = (xs: string[], except?: string): string[] | undefined => {
  const out = [...new Set(xs.map((x) => x.trim()).filter((x) => x && x !== except))];
  return out.length ? out : undefined;
};
const entityWord = (n: number): string => (n === 1 ? 'entity' : 'entities');
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
  const multi = (e: Entity, p: string) =>
    group(`multi ${e.schema.name}.${p}`, e, `FtM ${e.schema.name}.${p}`, (n) => `several values on ${n} ${entityWord(n)}: only the first was kept`);

  for await (const parsed of rawJsonLines(path)) {
    const n = parsed.line;
    const raw = parsed.raw;
    if (!raw) { items.push({ line: n, problems: parsed.problems }); continue; }
    const bad = (message: string) => items.push({ line: n, problems: [{ line: n, field: '', message }] });
    if (typeof raw.id !== 'string' || !raw.id) { bad('an FtM entity needs an "id" (a non-empty string)'); continue; }
    if (typeof raw.schema !== 'string') { bad(`FtM entity ${raw.id} has no "schema"`); continue; }
    let schema: Schema;
    try {
      schema = model.getSchema(raw.schema);
    } catch {
      notes.push({ line: n, what: `FtM ${raw.schema} entity ${raw.id}`, message: `"${raw.schema}" is not a FollowTheMoney schema (model 4.5): not imported` });
      continue;
    }
    const props: Record<string, string[]> = {};
    for (const [k, v] of Object.entries((raw.properties ?? {}) as Obj)) props[k] = (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined).map(String);
    if (entities.has(raw.id)) { bad(`FtM entity ${raw.id} appears twice (first on line ${entities.get(raw.id)!.line})`); continue; }
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
    if (bad.length) group(`country ${e.schema.name}.${names.join('/')}`, e, `FtM ${e.schema.name}.${names.join('/')}`, (k) => `on ${k} ${entityWord(k)}: values that are not ISO 3166-1 alpha-2 codes were not imported (e.g. "${bad[0]}")`);
    return unique(values.filter((c) => /^[a-z]{2}$/i.test(c)).map((c) => c.toUpperCase()));
  };
  const description = (e: Entity): string | undefined => unique(e.all('description', 'summary', 'notes'))?.join('\n\n');
  const skip = (e: Entity, message: string) => notes.push({ line: e.line, what: `FtM ${e.schema.name} entity ${e.id}`, message });
  const refProblem = (e: Entity, prop: string, needs: string): RecordProblem => ({ line: e.line, recordId: idOf(e.id), field: '', message: `FtM ${e.schema.name} ${e.id} has no "${prop}": ${needs}` });

  /** Records for one entity; the first is the entity's own record (the one Documentation cites). */
  const convert = (e: Entity): { records: Obj[]; problems?: RecordProblem[] } => {
    const id = idOf(e.id);
    if (e.isA('Person')) {
      const names = e.all('name');
      const parts = e.all('firstName', 'secondName', 'middleName', 'fatherName', 'lastName');
      const name = names[0] ?? (parts.length ? parts.join(' ') : undefined);
      const aliases = unique([...names.slice(1), ...e.all('alias', 'weakAlias', 'previousName')], name);
      const citizenship = countries(e, 'nationality', 'citizenship');
      return { records: [{ type: 'Person', id, name, aliases, birthDate: datePart(e.one('birthDate')), citizenship, description: description(e) }] };
    }
    if (e.isA('Organization') || e.schema.name === 'LegalEntity') {
      const names = e.all('name');
      const country = countries(e, 'jurisdiction', 'country', 'mainCountry');
      if (country && country.length > 1) multi(e, 'jurisdiction/country');
      const kind = e.isA('PublicBody') ? 'AGENCY' : e.isA('Company') ? 'COMPANY' : 'OTHER';
      const aliases = unique([...names.slice(1), ...e.all('alias', 'weakAlias', 'previousName')], names[0]);
      const org = { type: 'Organization', id, name: names[0], shortName: e.one('abbreviation'), aliases, kind, country: country?.[0], description: description(e) };
      return { records: [{ ...org, foundedDate: datePart(e.one('incorporationDate')), dissolvedDate: datePart(e.one('dissolutionDate')) }] };
    }
    const keys = POSTING_KEYS[e.schema.name];
    if (keys || e.schema.name === 'Occupancy') {
      const person = e.one(keys?.person ?? 'holder');
      let organization = keys ? e.one(keys.org) : undefined;
      let title = e.one('role');
      if (!person) return { records: [], problems: [refProblem(e, keys?.person ?? 'holder', 'a Posting needs a person')] };
      if (!keys) {
        const post = e.one('post');
        const position = post ? entities.get(post) : undefined;
        if (!position) return { records: [], problems: [refProblem(e, 'post', `a Posting needs the Position${post ? ` (${post} is not in this file)` : ''}`)] };
        organization = position.props.organization?.[0] ?? position.id;
        title = position.props.name?.[0];
      }
      if (!organization) return { records: [], problems: [refProblem(e, keys!.org, 'a Posting needs an organisation')] };
      if (kindOf(person) === 'other' || kindOf(person) === 'org') {
        skip(e, `its ${keys?.person ?? 'holder'} ${person} is not a Person: a Posting needs a person; not imported`);
        return { records: [] };
      }
      const role = firstMatch(POSTING_WORDS, title, keys?.fallback ?? 'OTHER');
      const dates = { startDate: datePart(e.one('startDate', 'date')), endDate: datePart(e.one('endDate')) };
      return { records: [{ type: 'Posting', id, person: idOf(person), organization: idOf(organization), role, title, ...dates }] };
    }
    if (e.isA('Position')) {
      e.all('name');
      if (e.all('organization').length) return { records: [] };
      group('position', e, 'FtM Position', (k) => `${k} position${k === 1 ? ' has' : 's have'} no organization: each became an Organization named after the position (kind OTHER), which its occupants' Postings name`);
      return { records: [{ type: 'Organization', id, name: e.props.name?.[0], kind: 'OTHER', country: countries(e, 'country')?.[0], description: description(e) }] };
    }
    if (e.isA('Event')) {
      const title = e.one('name');
      const types = new Set(EVENT_WORDS.filter(([re]) => title && re.test(title)).map(([, t]) => t));
      const dates = { startDate: datePart(e.one('startDate', 'date')), endDate: datePart(e.one('endDate')) };
      const event = { type: 'Event', id, eventType: types.size === 1 ? [...types][0] : 'OTHER', title, description: description(e), ...dates };
      const actors = [
        ...e.all('involved').map((a) => [a, undefined] as const),
        ...e.all('organizer').map((a) => [a, 'organizer (FtM Event.organizer)'] as const),
      ];
      const parts = actors.flatMap(([actor, what], i) => {
        if (kindOf(actor) === 'other') { skip(e, `involved entity ${actor} is neither a person nor an organisation: no Participation`); return []; }
        return [{ type: 'Participation', id: `${id}/involved/${i + 1}`, actor: idOf(actor), event: id, role: 'OTHER', description: what }];
      });
      return { records: [event, ...parts] };
    }
    if (e.isA('CourtCase')) {
      const caseNumber = e.one('caseNumber');
      const courts = e.props.court ?? [];
      const court = courts.find((c) => kindOf(c) === 'org');
      if (court) e.used.add('court');
      else if (courts.length) {
        e.used.add('court');
        group('court', e, 'FtM CourtCase.court', (k) => `on ${k} ${entityWord(k)} names a court in text, not an entity in this file: not imported (e.g. "${courts[0]}"); a Trial's court is an Organization record`);
      }
      const title = e.one('name') ?? (caseNumber ? `Case ${caseNumber}` : undefined);
      const dates = { startDate: datePart(e.one('fileDate', 'startDate')), verdictDate: datePart(e.one('closeDate')) };
      return { records: [{ type: 'Trial', id, eventType: 'TRIAL', title, caseNumber, court: court ? idOf(court) : undefined, description: description(e), ...dates }] };
    }
    if (e.isA('CourtCaseParty')) {
      const party = e.one('party');
      const trial = e.one('case');
      if (!party || !trial) return { records: [], problems: [refProblem(e, party ? 'case' : 'party', 'a Participation needs an actor and an event')] };
      if (kindOf(party) === 'other') { skip(e, `its party ${party} is neither a person nor an organisation: not imported`); return { records: [] }; }
      const roleText = e.one('role');
      return { records: [{ type: 'Participation', id, actor: idOf(party), event: idOf(trial), role: firstMatch(PARTY_WORDS, roleText, 'OTHER'), description: roleText }] };
    }
    if (e.isA('Documentation')) return { records: [] };
    if (e.isA('Document')) {
      const title = e.one('title', 'name', 'fileName') ?? `FtM ${e.schema.name} ${e.id}`;
      const published = { publisher: e.one('publisher'), kind: e.isA('Article') ? 'NEWS' : 'OTHER', publishedAt: datePart(e.one('publishedAt', 'date')) };
      // Reliability F, "cannot be judged", until someone assesses the document.
      return { records: [{ type: 'Source', id, title, ...published, url: e.one('sourceUrl'), reliability: 'F', language: e.one('language') }] };
    }
    e.used.add('*');
    skip(e, 'no counterpart in the model; not imported');
    return { records: [] };
  };

  const noCite = 'FtM entities carry no citation of their own: pass --cite SOURCE_ID (a Source in this file or already stored) for every converted record to cite';
  const cited = new Set<string>();
  for (const e of order) {
    const { records, problems = [] } = convert(e);
    if (!records.length && problems.length) items.push({ line: e.line, problems });
    records.forEach((raw, i) => {
      const record = omitUndefined(raw);
      const recordProblems = i === 0 ? [...problems] : [];
      if (record.type !== 'Source') {
        const docs = i === 0 ? documented.get(e.id) ?? [] : [];
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
    for (const d of docs) notes.push({ line: d.line, what: `FtM Documentation ${d.by}`, message: `documents ${target}, which this file does not turn into a record: the citation was not carried over` });
  }
  for (const g of grouped.values()) notes.push({ line: g.line, what: g.what, message: g.message(g.count) });
  notes.sort((a, b) => a.line - b.line);
  items.sort((a, b) => a.line - b.line); // bad lines were set aside while reading; the sort is stable
  return { items, notes };
}
