/**
 * Records v1 → FollowTheMoney entities: the inverse of the FtM import (src/domain/import/formats/ftm.ts)
 * wherever the model has a counterpart, so an export read back by the importer gives the same
 * records where FtM can say it:
 *   Source → Document (Article for news); every entity's and fact's cited sources → `proof`; an
 *   entity's citations → one Documentation each (document → cited entity; locator and
 *   credibility in `description`, quote in `summary`) — FtM documents Things, not interests;
 *   Person → Person; Organization → PublicBody (state bodies), Company, or Organization;
 *   Place → Address; Event → Event (place as `addressEntity`); Trial → CourtCase (court as the
 *   court's id, which is what the importer reads);
 *   Posting → Employment (role EMPLOYEE) or Membership (role: the title, else the role in words);
 *   Subordination → Membership of the child in the parent (FtM has no unit hierarchy);
 *   Participation → CourtCaseParty for a trial, UnknownLink (actor → event, role) otherwise;
 *   EventLink → UnknownLink (from → to, relation).
 * LegalProvision and Allegation have no counterpart; they and fields FtM cannot carry are counted
 * by the caller from `lost`, never dropped silently.
 */
import type { Citation, RecordV1, RecordOf } from '../../../storage/records/schemas';

export interface FtmEntityData {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** What a record became: its entities and the fields (Type.field) that have no FtM counterpart. */
export interface FtmMapped {
  entities: FtmEntityData[];
  lost: string[];
}

/** Organisation kinds that are part of a state: FtM's PublicBody. */
const PUBLIC_BODY_KINDS = new Set(['HEAD_OF_STATE_OFFICE', 'GOVERNMENT', 'MINISTRY', 'AGENCY', 'UNIT', 'COURT', 'PROSECUTION', 'DETENTION_FACILITY', 'LEGISLATURE', 'FOREIGN_STATE_BODY']);
/** ISO 639-1 → the ISO 639-2 codes FtM's language type takes (the languages of the sources this project holds). */
const LANGUAGES: Record<string, string> = { en: 'eng', ru: 'rus', be: 'bel', uk: 'ukr', lt: 'lit', pl: 'pol', de: 'deu', fr: 'fra', lv: 'lav', es: 'spa' };

const notCarried = (field: string): string => `${field} not carried (no FtM counterpart)`;

/** "DIRECTLY_PERPETRATED" → "directly perpetrated": the words the importer's role rules read. */
export const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

type Props = Record<string, (string | number | null | undefined)[] | string | number | null | undefined>;

function entity(id: string, schema: string, props: Props): FtmEntityData {
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(props)) {
    const values = (Array.isArray(v) ? v : [v]).filter((x): x is string | number => x !== null && x !== undefined && x !== '').map(String);
    if (values.length) properties[k] = values;
  }
  return { id, schema, properties };
}

const countries = (codes: readonly string[] | undefined): string[] => (codes ?? []).map((c) => c.toLowerCase());

/** A quote's English translation, said to be the dataset's own or the source's: FtM has no property for it. */
function translationNote(c: Citation): string {
  if (!c.translation) return '';
  return `; English translation (${c.translationBy === 'SOURCE' ? 'the source’s' : 'the dataset’s own'}): ${c.translation}`;
}

function documentation(record: RecordV1): FtmEntityData[] {
  const cited = 'sources' in record ? record.sources : [];
  return cited.map((c, i) =>
    entity(`${record.id}#citation-${i + 1}`, 'Documentation', {
      document: c.source,
      entity: record.id,
      description: `${c.locator} (credibility ${c.credibility}${c.element ? `, element ${c.element}` : ''})${translationNote(c)}`,
      summary: c.quote,
    }),
  );
}

function source(r: RecordOf<'Source'>, lost: string[]): FtmEntityData {
  if (r.sha256) lost.push('Source.sha256 not carried (FtM contentHash is SHA-1)');
  if (r.fileLines) lost.push(notCarried('Source.fileLines'));
  const language = r.language ? LANGUAGES[r.language.toLowerCase()] : undefined;
  if (r.language && !language) lost.push(`Source.language "${r.language}" not carried (not a language FtM knows)`);
  return entity(r.id, r.kind === 'NEWS' ? 'Article' : 'Document', {
    // FtM's Thing requires a name: a document's is its title.
    name: r.title,
    title: r.title,
    fileName: r.file,
    publisher: r.publisher,
    publishedAt: r.publishedAt,
    sourceUrl: r.url,
    language,
    // The Admiralty grade and kind have no FtM property; kept in words where Aleph shows them.
    notes: [
      `${words(r.kind)}; source reliability ${r.reliability} (Admiralty code)${r.reliabilityNote ? `: ${r.reliabilityNote}` : ''}`,
      r.translationStatus ? `${words(r.translationStatus)} translation` : '',
      words(r.confidentiality),
    ]
      .filter(Boolean)
      .join('; '),
  });
}

function entityRecord(r: RecordV1, lost: string[]): FtmEntityData | null {
  switch (r.type) {
    case 'Person': {
      // An uncleared export names a protected person by the pseudonym only (name === pseudonym); a cleared one by the real name.
      const shownUnderPseudonym = r.protection === 'PSEUDONYM' && r.name === r.pseudonym;
      const protectedNote = shownUnderPseudonym
        ? 'protected identity: shown under a pseudonym'
        : r.protection && r.protection !== 'NONE'
          ? `protected identity (${words(r.protection)}): the real name is for cleared viewers only`
          : undefined;
      return entity(r.id, 'Person', { name: r.name, alias: r.aliases, birthDate: r.birthDate, citizenship: countries(r.citizenship), description: r.description, notes: protectedNote });
    }
    case 'Organization': {
      const schema = PUBLIC_BODY_KINDS.has(r.kind) ? 'PublicBody' : r.kind === 'COMPANY' ? 'Company' : 'Organization';
      return entity(r.id, schema, {
        name: r.name,
        abbreviation: r.shortName,
        alias: r.aliases,
        classification: words(r.kind),
        jurisdiction: r.country?.toLowerCase(),
        description: r.description,
        incorporationDate: r.foundedDate,
        dissolutionDate: r.dissolvedDate,
      });
    }
    case 'Place':
      return entity(r.id, 'Address', { name: r.name, full: r.name, alias: r.aliases, country: r.country?.toLowerCase(), keywords: r.kind, latitude: r.latitude, longitude: r.longitude });
    case 'Event':
    case 'Trial': {
      if (r.targetedGroups?.length) lost.push(notCarried(`${r.type}.targetedGroups`));
      if (r.victimCount !== undefined) lost.push(notCarried(`${r.type}.victimCount`));
      const common = { name: r.title, description: r.description, addressEntity: r.place, keywords: words(r.eventType) };
      if (r.type === 'Event') return entity(r.id, 'Event', { ...common, startDate: r.startDate, endDate: r.endDate });
      if (r.charges?.length) lost.push(notCarried('Trial.charges'));
      if (r.sentence) lost.push(notCarried('Trial.sentence'));
      if (r.inAbsentia) lost.push(notCarried('Trial.inAbsentia'));
      if (r.endDate) lost.push(notCarried('Trial.endDate'));
      return entity(r.id, 'CourtCase', { ...common, caseNumber: r.caseNumber, court: r.court, fileDate: r.startDate, closeDate: r.verdictDate });
    }
    default:
      return null;
  }
}

function factRecord(r: RecordV1, isTrial: (id: string) => boolean, lost: string[]): FtmEntityData | null {
  switch (r.type) {
    case 'Posting': {
      if (r.rank) lost.push(notCarried('Posting.rank'));
      const dates = { startDate: r.startDate, endDate: r.endDate, role: r.title ?? words(r.role) };
      if (r.role === 'EMPLOYEE') return entity(r.id, 'Employment', { employee: r.person, employer: r.organization, ...dates });
      return entity(r.id, 'Membership', { member: r.person, organization: r.organization, ...dates, summary: r.title ? words(r.role) : undefined });
    }
    case 'Subordination':
      return entity(r.id, 'Membership', { member: r.child, organization: r.parent, role: `subordinate unit (${words(r.classification)})`, startDate: r.startDate, endDate: r.endDate });
    case 'Participation':
      if (isTrial(r.event)) return entity(r.id, 'CourtCaseParty', { party: r.actor, case: r.event, role: words(r.role), description: r.description });
      return entity(r.id, 'UnknownLink', { subject: r.actor, object: r.event, role: words(r.role), description: r.description });
    case 'EventLink':
      return entity(r.id, 'UnknownLink', { subject: r.from, object: r.to, role: words(r.relation) });
    default:
      return null;
  }
}

/** One record as FtM entities; `isTrial` says whether an event id is a Trial (a CourtCase in FtM). */
export function recordToFtm(record: RecordV1, isTrial: (id: string) => boolean): FtmMapped {
  const lost: string[] = [];
  if (record.type === 'Source') return { entities: [source(record, lost)], lost };
  const own = entityRecord(record, lost) ?? factRecord(record, isTrial, lost);
  if (!own) return { entities: [], lost };
  if ('contradicts' in record && record.contradicts?.length) lost.push(notCarried(`${record.type}.contradicts`));
  const cited = 'sources' in record ? record.sources : [];
  const proof = [...new Set(cited.map((c) => c.source))];
  if (proof.length) own.properties.proof = proof;
  // Documentation documents Things only (entities); a fact (an FtM interest) keeps its sources as `proof`.
  if (record.type === 'Person' || record.type === 'Organization' || record.type === 'Place' || record.type === 'Event' || record.type === 'Trial') {
    return { entities: [own, ...documentation(record)], lost };
  }
  if (cited.length) lost.push(`${record.type} citations: locator, credibility and quote not carried (the cited sources are its \`proof\`; FtM Documentation documents entities only)`);
  return { entities: [own], lost };
}
