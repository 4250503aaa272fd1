/**
 * The fields of a record worth reading, as label/value rows, whatever its type; references to
 * other records carry their id so the panel can put them on the canvas.
 */
import type { RecordNode } from '../../api/operations';
import type { CitationLike } from './CitationList';

export interface FieldRow {
  label: string;
  value: string;
  /** A record this value names, to draw on request. */
  ref?: string;
}

type Loose = Record<string, unknown>;
const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : Array.isArray(v) ? (v.length ? v.join(', ') : null) : String(v));

function named(v: unknown): { id: string; name: string } | null {
  const r = v as Loose | null;
  if (!r || typeof r.id !== 'string') return null;
  return { id: r.id, name: String(r.name ?? r.title ?? r.article ?? r.id) };
}

const FIELDS: [label: string, key: string][] = [
  ['name', 'name'],
  ['title', 'title'],
  ['title', 'provisionTitle'],
  ['short name', 'shortName'],
  ['aliases', 'aliases'],
  ['event type', 'eventType'],
  ['kind', 'kind'],
  ['kind', 'placeKind'],
  ['instrument', 'instrument'],
  ['article', 'article'],
  ['mode of liability', 'mode'],
  ['role', 'postingRole'],
  ['role', 'participationRole'],
  ['side', 'side'],
  ['post', 'postingTitle'],
  ['rank', 'rank'],
  ['classification', 'classification'],
  ['relation', 'relation'],
  ['from', 'startDate'],
  ['until', 'endDate'],
  ['founded', 'foundedDate'],
  ['dissolved', 'dissolvedDate'],
  ['born', 'birthDate'],
  ['citizenship', 'citizenship'],
  ['country', 'country'],
  ['targeted groups', 'targetedGroups'],
  ['victims', 'victimCount'],
  ['description', 'description'],
];

const REFERENCES: [label: string, key: string][] = [
  ['person', 'person'],
  ['organisation', 'organization'],
  ['child', 'child'],
  ['parent', 'parent'],
  ['actor', 'actor'],
  ['event', 'event'],
  ['from event', 'from'],
  ['to event', 'to'],
  ['place', 'place'],
  ['accused', 'accused'],
  ['provision', 'provision'],
];

export function recordFields(record: RecordNode): FieldRow[] {
  const r = record as unknown as Loose;
  const rows: FieldRow[] = [{ label: 'type', value: record.recordType }];
  for (const [label, key] of FIELDS) {
    const value = text(r[key]);
    if (value) rows.push({ label, value });
  }
  for (const [label, key] of REFERENCES) {
    const ref = named(r[key]);
    if (ref) rows.push({ label, value: ref.name, ref: ref.id });
  }
  for (const e of (r.events as Loose[] | undefined) ?? []) {
    const ref = named(e);
    if (ref) rows.push({ label: 'event', value: ref.name, ref: ref.id });
  }
  const trial = r.trial as Loose | null | undefined;
  if (trial) {
    const court = named(trial.court);
    if (court) rows.push({ label: 'court', value: court.name, ref: court.id });
    for (const [label, key] of [
      ['case', 'caseNumber'],
      ['in absentia', 'inAbsentia'],
      ['charges', 'charges'],
      ['verdict', 'verdictDate'],
      ['sentence', 'sentence'],
    ] as const) {
      const value = text(trial[key]);
      if (value) rows.push({ label, value });
    }
  }
  if (r.pseudonymised === true) rows.push({ label: 'protection', value: 'shown under a pseudonym: the real identity is not shown to you' });
  return rows;
}

export function recordTitle(record: RecordNode): string {
  const r = record as unknown as Loose;
  return String(r.name ?? r.title ?? r.provisionTitle ?? r.postingTitle ?? record.id);
}

export function recordCitations(record: RecordNode): readonly CitationLike[] {
  return ((record as unknown as Loose).citations as CitationLike[] | undefined) ?? [];
}
