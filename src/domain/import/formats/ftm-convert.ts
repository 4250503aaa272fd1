/**
 * FtM entity → records v1, one function per family of schemata (the mapping table is in the
 * README, "Import formats"). Each gets the file-wide helpers (ids, what another entity is, notes)
 * from ./ftm.ts through a ConvertContext.
 */
import type { PostingRole } from '../../../foundations/model/enums';
import type { RecordProblem } from '../../../storage/records/validate';
import { datePart, entityWord, unique, type Entity, type Obj } from './ftm-entity';
import { EVENT_WORDS, PARTY_WORDS, POSTING_WORDS, firstMatch } from './ftm-words';

export interface ConvertContext {
  entities: ReadonlyMap<string, Entity>;
  /** The record id of an FtM id. */
  idOf(ftm: string): string;
  /** What an FtM id names in this file: a person, an organisation, something else, or nothing. */
  kindOf(ftm: string): 'person' | 'org' | 'other' | undefined;
  /** ISO country codes of these properties (other values noted, not imported). */
  countries(e: Entity, ...names: string[]): string[] | undefined;
  /** A note on one entity. */
  skip(e: Entity, message: string): void;
  /** A note counted per key across the file. */
  group(key: string, e: Entity, what: string, message: (n: number) => string): void;
  /** Several values where one is kept. */
  multi(e: Entity, prop: string): void;
}

export interface Converted {
  /** The entity's own record first (the one Documentation cites). */
  records: Obj[];
  problems?: RecordProblem[];
}

/** The FtM interests that become Postings: which property names the person, which the organisation. */
const POSTING_KEYS: Record<string, { person: string; org: string; fallback: PostingRole }> = {
  Membership: { person: 'member', org: 'organization', fallback: 'MEMBER' },
  Employment: { person: 'employee', org: 'employer', fallback: 'EMPLOYEE' },
  Directorship: { person: 'director', org: 'organization', fallback: 'MEMBER' },
};

const description = (e: Entity): string | undefined => unique(e.all('description', 'summary', 'notes'))?.join('\n\n');
const startEnd = (e: Entity, ...start: string[]) => ({ startDate: datePart(e.one(...start)), endDate: datePart(e.one('endDate')) });
const refProblem = (ctx: ConvertContext, e: Entity, prop: string, needs: string): RecordProblem => ({
  line: e.line,
  recordId: ctx.idOf(e.id),
  field: '',
  message: `FtM ${e.schema.name} ${e.id} has no "${prop}": ${needs}`,
});

function person(e: Entity, id: string, ctx: ConvertContext): Converted {
  const names = e.all('name');
  const parts = e.all('firstName', 'secondName', 'middleName', 'fatherName', 'lastName');
  const name = names[0] ?? (parts.length ? parts.join(' ') : undefined);
  const aliases = unique([...names.slice(1), ...e.all('alias', 'weakAlias', 'previousName')], name);
  const citizenship = ctx.countries(e, 'nationality', 'citizenship');
  return { records: [{ type: 'Person', id, name, aliases, birthDate: datePart(e.one('birthDate')), citizenship, description: description(e) }] };
}

function organization(e: Entity, id: string, ctx: ConvertContext): Converted {
  const names = e.all('name');
  const country = ctx.countries(e, 'jurisdiction', 'country', 'mainCountry');
  if (country && country.length > 1) ctx.multi(e, 'jurisdiction/country');
  const kind = e.isA('PublicBody') ? 'AGENCY' : e.isA('Company') ? 'COMPANY' : 'OTHER';
  const aliases = unique([...names.slice(1), ...e.all('alias', 'weakAlias', 'previousName')], names[0]);
  const org = { type: 'Organization', id, name: names[0], shortName: e.one('abbreviation'), aliases, kind, country: country?.[0], description: description(e) };
  return { records: [{ ...org, foundedDate: datePart(e.one('incorporationDate')), dissolvedDate: datePart(e.one('dissolutionDate')) }] };
}

/** Membership, Employment, Directorship, and Occupancy (whose Position names the organisation and title). */
function posting(e: Entity, id: string, ctx: ConvertContext): Converted {
  const keys = POSTING_KEYS[e.schema.name];
  const personProp = keys?.person ?? 'holder';
  const holder = e.one(personProp);
  let org = keys ? e.one(keys.org) : undefined;
  let title = e.one('role');
  if (!holder) return { records: [], problems: [refProblem(ctx, e, personProp, 'a Posting needs a person')] };
  if (!keys) {
    const post = e.one('post');
    const position = post ? ctx.entities.get(post) : undefined;
    if (!position) return { records: [], problems: [refProblem(ctx, e, 'post', `a Posting needs the Position${post ? ` (${post} is not in this file)` : ''}`)] };
    org = position.props.organization?.[0] ?? position.id;
    title = position.props.name?.[0];
  }
  if (!org) return { records: [], problems: [refProblem(ctx, e, keys!.org, 'a Posting needs an organisation')] };
  const holderKind = ctx.kindOf(holder);
  if (holderKind === 'other' || holderKind === 'org') {
    ctx.skip(e, `its ${personProp} ${holder} is not a Person: a Posting needs a person; not imported`);
    return { records: [] };
  }
  const role = firstMatch(POSTING_WORDS, title, keys?.fallback ?? 'OTHER');
  return { records: [{ type: 'Posting', id, person: ctx.idOf(holder), organization: ctx.idOf(org), role, title, ...startEnd(e, 'startDate', 'date') }] };
}

/** A Position with an organisation is read through its Occupancies; one without becomes an Organization. */
function position(e: Entity, id: string, ctx: ConvertContext): Converted {
  e.all('name');
  if (e.all('organization').length) return { records: [] };
  ctx.group(
    'position',
    e,
    'FtM Position',
    (k) => `${k} position${k === 1 ? ' has' : 's have'} no organization: each became an Organization named after the position (kind OTHER), which its occupants' Postings name`,
  );
  return { records: [{ type: 'Organization', id, name: e.props.name?.[0], kind: 'OTHER', country: ctx.countries(e, 'country')?.[0], description: description(e) }] };
}

function event(e: Entity, id: string, ctx: ConvertContext): Converted {
  const title = e.one('name');
  const types = new Set(EVENT_WORDS.filter(([re]) => title && re.test(title)).map(([, t]) => t));
  const record = { type: 'Event', id, eventType: types.size === 1 ? [...types][0] : 'OTHER', title, description: description(e), ...startEnd(e, 'startDate', 'date') };
  const actors = [...e.all('involved').map((a) => [a, undefined] as const), ...e.all('organizer').map((a) => [a, 'organizer (FtM Event.organizer)'] as const)];
  const parts = actors.flatMap(([actor, what], i) => {
    if (ctx.kindOf(actor) === 'other') {
      ctx.skip(e, `involved entity ${actor} is neither a person nor an organisation: no Participation`);
      return [];
    }
    return [{ type: 'Participation', id: `${id}/involved/${i + 1}`, actor: ctx.idOf(actor), event: id, role: 'OTHER', description: what }];
  });
  return { records: [record, ...parts] };
}

function courtCase(e: Entity, id: string, ctx: ConvertContext): Converted {
  const caseNumber = e.one('caseNumber');
  const courts = e.props.court ?? [];
  const court = courts.find((c) => ctx.kindOf(c) === 'org');
  if (courts.length) e.used.add('court');
  if (!court && courts.length) {
    ctx.group(
      'court',
      e,
      'FtM CourtCase.court',
      (k) => `on ${k} ${entityWord(k)} names a court in text, not an entity in this file: not imported (e.g. "${courts[0]}"); a Trial's court is an Organization record`,
    );
  }
  const title = e.one('name') ?? (caseNumber ? `Case ${caseNumber}` : undefined);
  const dates = { startDate: datePart(e.one('fileDate', 'startDate')), verdictDate: datePart(e.one('closeDate')) };
  return { records: [{ type: 'Trial', id, eventType: 'TRIAL', title, caseNumber, court: court ? ctx.idOf(court) : undefined, description: description(e), ...dates }] };
}

function courtCaseParty(e: Entity, id: string, ctx: ConvertContext): Converted {
  const party = e.one('party');
  const trial = e.one('case');
  if (!party || !trial) return { records: [], problems: [refProblem(ctx, e, party ? 'case' : 'party', 'a Participation needs an actor and an event')] };
  if (ctx.kindOf(party) === 'other') {
    ctx.skip(e, `its party ${party} is neither a person nor an organisation: not imported`);
    return { records: [] };
  }
  const roleText = e.one('role');
  return { records: [{ type: 'Participation', id, actor: ctx.idOf(party), event: ctx.idOf(trial), role: firstMatch(PARTY_WORDS, roleText, 'OTHER'), description: roleText }] };
}

function document(e: Entity, id: string): Converted {
  const title = e.one('title', 'name', 'fileName') ?? `FtM ${e.schema.name} ${e.id}`;
  const published = { publisher: e.one('publisher'), kind: e.isA('Article') ? 'NEWS' : 'OTHER', publishedAt: datePart(e.one('publishedAt', 'date')) };
  // Reliability F, "cannot be judged", until someone assesses the document.
  return { records: [{ type: 'Source', id, title, ...published, url: e.one('sourceUrl'), reliability: 'F', language: e.one('language') }] };
}

/** Records for one entity; what has no counterpart is noted and marks the whole entity used. */
export function convertEntity(e: Entity, ctx: ConvertContext): Converted {
  const id = ctx.idOf(e.id);
  if (e.isA('Person')) return person(e, id, ctx);
  if (e.isA('Organization') || e.schema.name === 'LegalEntity') return organization(e, id, ctx);
  if (POSTING_KEYS[e.schema.name] || e.schema.name === 'Occupancy') return posting(e, id, ctx);
  if (e.isA('Position')) return position(e, id, ctx);
  if (e.isA('Event')) return event(e, id, ctx);
  if (e.isA('CourtCase')) return courtCase(e, id, ctx);
  if (e.isA('CourtCaseParty')) return courtCaseParty(e, id, ctx);
  // Documentation becomes citations on the documented record (./ftm.ts).
  if (e.isA('Documentation')) return { records: [] };
  if (e.isA('Document')) return document(e, id);
  e.used.add('*');
  ctx.skip(e, 'no counterpart in the model; not imported');
  return { records: [] };
}
