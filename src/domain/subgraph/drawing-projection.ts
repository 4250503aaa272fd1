/**
 * The properties an expansion reads of its records when nobody asks for the records themselves:
 * what the drawing shows and what its rules read (build.ts, hop-steps.ts), by aspect. Every
 * drawing reads each record's type and id, and a person's protection (who is visible, whose
 * identity is shown, which edges touch a protected person); labels add names and titles (and a
 * protected person's pseudonym and aliases, which the labels are scrubbed of), categories the
 * kinds and types, dates the dates shown, and a date window the earliest and latest days its
 * filter compares. A caller handing the records to anyone else (priming loaders) reads them whole.
 */
import { RECORD_TYPE_NAMES, RECORD_TYPES, type RecordType } from '../../foundations/model/record-types';
import type { RecordProjection } from '../../storage/records/projected';

/** What a drawing shows beyond ids, kinds, types and protection. */
export interface DrawingShows {
  labels: boolean;
  categories: boolean;
  dates: boolean;
}

/** What a drawing reads: what it shows, and whether a date window filters its events and facts. */
type Aspect = keyof DrawingShows | 'window';

const FACTS = RECORD_TYPE_NAMES.filter((t) => RECORD_TYPES[t].category === 'fact');
const forFacts = (keys: (t: RecordType) => string[]) => Object.fromEntries(FACTS.map((t) => [t, keys(t)]));
const EVENT_WINDOW = ['startDateMin', 'startDateMax', 'endDateMax'];

/** The properties each aspect reads, per record type (toNode, factLabel, factEdge, the window filters, the Redactor). */
const READS: Record<Aspect, Partial<Record<RecordType, readonly string[]>>> = {
  labels: {
    Person: ['name', 'pseudonym', 'aliases'],
    Organization: ['name', 'shortName'],
    Place: ['name'],
    Event: ['title'],
    Trial: ['title'],
    LegalProvision: ['title', 'article'],
    ...forFacts((t) => [RECORD_TYPES[t].display]),
  },
  categories: { Organization: ['kind'], Place: ['kind'], Event: ['eventType'], Trial: ['eventType'], LegalProvision: ['instrument'], ...forFacts((t) => [RECORD_TYPES[t].display]) },
  dates: { Organization: ['foundedDate', 'dissolvedDate'], Event: ['startDate', 'endDate'], Trial: ['startDate', 'endDate'], ...forFacts(() => ['startDate', 'endDate']) },
  window: { Event: EVENT_WINDOW, Trial: EVENT_WINDOW, ...forFacts(() => ['startDateMin', 'endDateMax']) },
};

const DRAWN_TYPES = RECORD_TYPE_NAMES.filter((t) => t !== 'Source');

/** The sixteen projections there are, each worked out once. */
const remembered = new Map<string, RecordProjection>();

/** The projection of a drawing showing `shows`, filtered by a date window or not (src/storage/records/projected.ts). */
export function drawingProjection(shows: DrawingShows, window: boolean): RecordProjection {
  const reads: Record<Aspect, boolean> = { ...shows, window };
  const aspects = (Object.keys(READS) as Aspect[]).filter((a) => reads[a]);
  const key = aspects.join(' ');
  let projection = remembered.get(key);
  if (!projection) remembered.set(key, (projection = project(aspects)));
  return projection;
}

function project(aspects: readonly Aspect[]): RecordProjection {
  return Object.freeze(
    Object.fromEntries(
      DRAWN_TYPES.map((type) => {
        const keys = new Set(['recordType', 'id', ...(type === 'Person' ? ['protection'] : [])]);
        for (const aspect of aspects) for (const key of READS[aspect][type] ?? []) keys.add(key);
        return [type, [...keys]];
      }),
    ),
  );
}
