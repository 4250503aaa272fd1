/**
 * The named queries of cypher/queries/coverage/, typed. An allegation's coverage reads the
 * allegation with everything around it in one round trip (coverage/allegation), then the pattern
 * behind contextual elements and the rival accounts of the facts used, one round trip each.
 */
import type { ElementKind, LiabilityMode } from '../../foundations/model/enums';
import type { Graph } from '../../storage/db/graph';
import type { StoredRecord } from '../../storage/records/stored';
import { PERPETRATOR_ROLES, type Credibility, type ParticipationRole, type PostingRole, type Reliability } from '../../foundations/model/enums';
import { MODE_ARTICLES, ROME_STATUTE } from './rules';
import type { CoverageCitation } from './types';

/** A citation as the coverage queries return it. */
export interface CitationRow {
  sourceId: string;
  title: string;
  publisher: string | null;
  reliability: Reliability;
  confidentiality: string | null;
  locator: string;
  credibility: Credibility;
  quote: string | null;
  element: string | null;
}

export function toCitation(c: CitationRow): CoverageCitation {
  return {
    sourceId: c.sourceId,
    sourceTitle: c.title,
    publisher: c.publisher ?? null,
    reliability: c.reliability,
    confidentiality: c.confidentiality ?? 'PUBLIC',
    locator: c.locator,
    credibility: c.credibility,
    quote: c.quote ?? null,
    element: c.element ?? null,
    grade: `${c.reliability}${c.credibility}`,
  };
}

export interface ElementRow {
  number: string;
  text: string;
  kind: ElementKind;
  footnotes: string[] | null;
}

export interface ProvisionRow {
  id: string;
  article: string;
  elements: ElementRow[];
}

export interface PostingRow {
  postingId: string;
  organizationId: string;
  organizationName: string | null;
  role: PostingRole;
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  citations: CitationRow[];
}

export interface ParticipationRow {
  participationId: string;
  role: ParticipationRole;
  actorId: string;
  actorType: 'Person' | 'Organization';
  actorName: string | null;
  citations: CitationRow[];
}

export interface EventRow {
  id: string;
  title: string;
  eventType: string;
  startDate: string | null;
  endDate: string | null;
  participations: ParticipationRow[];
}

export interface AllegationRows {
  id: string;
  mode: LiabilityMode;
  description: string | null;
  accused: { id: string; recordType: string };
  provision: ProvisionRow & { instrument: string };
  modeProvision: ProvisionRow | null;
  citations: CitationRow[];
  postings: PostingRow[];
  events: EventRow[];
}

/** The allegation and everything its coverage reads; null when there is none with this id. */
export async function loadAllegation(graph: Graph, allegationId: string): Promise<AllegationRows | null> {
  const [row] = await graph.read<AllegationRows & Record<string, unknown>>('coverage/allegation', {
    allegationId,
    modeArticles: MODE_ARTICLES,
    instrument: ROME_STATUTE,
    perpetratorRoles: [...PERPETRATOR_ROLES],
  });
  return row ?? null;
}

export interface PatternEventRow {
  id: string;
  title: string;
  eventType: string;
  startDate: string | null;
  victims: number;
  places: { placeId: string; name: string }[];
  organizations: { organizationId: string; name: string }[];
  citations: CitationRow[];
}

export function loadPatternEvents(graph: Graph, window: { from: string | null; to: string | null }, types: readonly string[]): Promise<PatternEventRow[]> {
  return graph.read<PatternEventRow & Record<string, unknown>>('coverage/pattern-events', { ...window, types: [...types], perpetratorRoles: [...PERPETRATOR_ROLES] });
}

export interface ContradictionRow {
  contradictedId: string;
  recordId: string;
  recordType: string;
  record: StoredRecord;
  citations: CitationRow[];
}

export function loadContradictions(graph: Graph, ids: readonly string[]): Promise<ContradictionRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return graph.read<ContradictionRow & Record<string, unknown>>('coverage/contradictions', { ids: [...ids] });
}

export async function loadAllegationsOf(graph: Graph, accusedId: string): Promise<{ found: boolean; recordType: string | null; allegationIds: string[] }> {
  const [row] = await graph.read<{ found: boolean; recordType: string | null; allegationIds: string[] }>('coverage/allegations-of', { accusedId });
  return row ?? { found: false, recordType: null, allegationIds: [] };
}

export async function loadPublishers(graph: Graph, sourceIds: readonly string[]): Promise<Map<string, string | null>> {
  if (!sourceIds.length) return new Map();
  const rows = await graph.read<{ id: string; publisher: string | null }>('coverage/source-publishers', { ids: [...sourceIds] });
  return new Map(rows.map((r) => [r.id, r.publisher ?? null]));
}
