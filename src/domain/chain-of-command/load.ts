/**
 * The named queries of cypher/queries/chain/, typed. Each call is one round trip and covers a whole
 * set of ids (an event's whole chain upward, a level of a downward walk), never one id at a time. The
 * Cypher keeps only facts whose widest interval reaches the date (Min/Max fields); the exact
 * validity is decided in TS with validityAt.
 */
import type { GraphTx, QueryName } from '../../storage/db/graph';
import type { Grade } from '../../foundations/model/grades';
import type { StoredRecord } from '../../storage/records/stored';
import { COMMAND_POSTING_ROLES, PERPETRATOR_ROLES, type ParticipationRole } from '../../foundations/model/enums';
import { MODE_ARTICLES, ROME_STATUTE } from '../../foundations/model/cited-element';
import type { ChainCitationRow } from './evidence';
import type { DateWindow } from './options';
import type { PostingFacts } from './types';

export interface EventRow {
  id: string;
  startDate: string | null;
}

export interface ParticipationRow {
  participationId: string;
  role: ParticipationRole;
  description: string | null;
  actorId: string;
  actorType: 'Person' | 'Organization';
  citations: ChainCitationRow[];
}

export interface PostingRow extends PostingFacts {
  citations: ChainCitationRow[];
}

export interface SubordinationRow {
  subordinationId: string;
  childId: string;
  parentId: string;
  startDate: string | null;
  endDate: string | null;
  citations: ChainCitationRow[];
}

export interface KnowledgeRow {
  personId: string;
  allegationId: string;
  mode: string;
  description: string | null;
  provisionId: string;
  article: string | null;
  elementNumber: string;
  elementText: string;
  citations: ChainCitationRow[];
}

const window = (at: DateWindow) => ({ atEarliest: at.earliest, atLatest: at.latest });

/**
 * The closure queries are templates unrolled to MAX_DEPTH levels (`<name>/20`) and to the default
 * depth (`<name>/10`): a walk of at most 10 levels takes the shorter one, since the empty levels of
 * a short chain are a measurable part of the query's time.
 */
type ClosureQuery = 'chain/event-chain' | 'chain/command-closure-up';
const closureQuery = (name: ClosureQuery, depth: number): QueryName => (depth <= 10 ? `${name}/10` : `${name}/20`);

/** Which records a chain query brings along, for a caller that shows them next. */
export interface ShownKinds {
  event: boolean;
  participations: boolean;
  /** The participations' actors (persons or organisations). */
  actors: boolean;
  /** Unit and commander postings. */
  postings: boolean;
  /** The commanders' persons. */
  persons: boolean;
  organizations: boolean;
}

const showing = (all: boolean): ShownKinds => ({ event: all, participations: all, actors: all, postings: all, persons: all, organizations: all });

/** What a caller of the chain functions (chainOfCommand, an upward organizationChart) may have read besides the chain. */
export interface ChainReadOptions {
  /**
   * Given: the query also brings the records the chain shows (organisations, postings, persons,
   * participations, the event), handed here before the chain is returned (GraphQL primes its
   * loaders with them).
   */
  onRecords?: (records: StoredRecord[]) => Promise<void> | void;
  /** With `onRecords`: which records to bring (all when absent). */
  shows?: ShownKinds;
  /**
   * false: citations are not read, so every grade is null and every list of citations empty, for a
   * caller that shows neither (they are most of what the query reads). Ignored with a minimum grade.
   */
  withCitations?: boolean;
}

/** The query parameters for a caller's read options. */
interface ChainReads {
  shown: ShownKinds;
  withCitations: boolean;
}

/** Records when the caller takes them (those it shows, all by default); citations unless it declines them and no minimum grade needs them. */
export function chainReads(minGrade: Grade | null, options: ChainReadOptions): ChainReads {
  return { shown: options.onRecords ? (options.shows ?? showing(true)) : showing(false), withCitations: !!minGrade || options.withCitations !== false };
}

/** The records a query brought as `shown` asked (rows carry them as `record`, `actor`, `person`). */
function shownRecords(rows: readonly { record?: StoredRecord | null; actor?: StoredRecord | null; person?: StoredRecord | null }[]): StoredRecord[] {
  return rows.flatMap((r) => [r.record, r.actor, r.person].filter((x): x is StoredRecord => !!x));
}

/**
 * What an upward walk can follow, read in one round trip (chain/_command-reach): for every
 * organisation of the closure, its COMMAND links as child and its commanders within the window.
 */
export interface CommandReach {
  links: ReadonlyMap<string, SubordinationRow[]>;
  commanders: ReadonlyMap<string, PostingRow[]>;
  /** As `shown` asked: the organisations, commander postings and their persons. */
  records: StoredRecord[];
}

interface ReachRow {
  organizationId: string;
  record?: StoredRecord | null;
  links: SubordinationRow[];
  commanders: (PostingRow & { record?: StoredRecord | null; person?: StoredRecord | null })[];
}

function toReach(rows: ReachRow[]): CommandReach {
  return {
    links: new Map(rows.map((r) => [r.organizationId, r.links])),
    commanders: new Map(rows.map((r) => [r.organizationId, r.commanders])),
    records: [...shownRecords(rows), ...shownRecords(rows.flatMap((r) => r.commanders))],
  };
}

/** An event's chain as chain/event-chain reads it: the event, its perpetrator side, the reach above its units. */
export interface EventChainRows {
  event: EventRow;
  participations: ParticipationRow[];
  postings: PostingRow[];
  reach: CommandReach;
  /** As `shown` asked: the event's record, every record above, the participations' actors. */
  records: StoredRecord[];
}

type WithRecord<T> = T & { record?: StoredRecord | null; actor?: StoredRecord | null };

interface EventChainRow extends Record<string, unknown> {
  carry: WithRecord<EventRow> & { participations: WithRecord<ParticipationRow>[]; postings: WithRecord<PostingRow>[] };
  reach: ReachRow[];
}

/**
 * The whole chain behind an event in one round trip; null when there is no such event. `at` null:
 * the event's start date; `depth`: the levels the walk will take (the closure read covers them).
 */
export async function loadEventChain(tx: GraphTx, eventId: string, at: DateWindow | null, depth: number, reads: ChainReads): Promise<EventChainRows | null> {
  const [row] = await tx.run<EventChainRow>(closureQuery('chain/event-chain', depth), {
    eventId,
    atEarliest: at?.earliest ?? null,
    atLatest: at?.latest ?? null,
    perpetratorRoles: [...PERPETRATOR_ROLES],
    roles: [...COMMAND_POSTING_ROLES],
    ...reads,
  });
  if (!row) return null;
  const { participations, postings, ...event } = row.carry;
  const reach = toReach(row.reach);
  return {
    event: { id: event.id, startDate: event.startDate ?? null },
    participations,
    postings,
    reach,
    records: [...shownRecords([row.carry]), ...shownRecords(participations), ...shownRecords(postings), ...reach.records],
  };
}

/** Everything an upward walk from `orgIds` can follow at `at`, in one round trip (chain/command-closure-up). */
export async function loadCommandClosure(tx: GraphTx, orgIds: readonly string[], at: DateWindow, depth: number, reads: ChainReads): Promise<CommandReach> {
  const params = { orgIds, roles: [...COMMAND_POSTING_ROLES], ...reads, ...window(at) };
  const [row] = await tx.run<{ reach: ReachRow[] } & Record<string, unknown>>(closureQuery('chain/command-closure-up', depth), params);
  return toReach(row?.reach ?? []);
}

export async function organizationExists(tx: GraphTx, organizationId: string): Promise<boolean> {
  return (await tx.run('chain/organization', { organizationId })).length > 0;
}

export function loadCommanders(tx: GraphTx, orgIds: readonly string[], at: DateWindow): Promise<PostingRow[]> {
  if (!orgIds.length) return Promise.resolve([]);
  return tx.run<PostingRow & Record<string, unknown>>('chain/commanders', { orgIds, roles: [...COMMAND_POSTING_ROLES], ...window(at) });
}

/** One level of a downward walk (chain/command-children): the COMMAND links below `orgIds`. */
export function loadCommandChildren(tx: GraphTx, orgIds: readonly string[], at: DateWindow): Promise<SubordinationRow[]> {
  if (!orgIds.length) return Promise.resolve([]);
  return tx.run<SubordinationRow & Record<string, unknown>>('chain/command-children', { orgIds, ...window(at) });
}

export function loadKnowledge(tx: GraphTx, personIds: readonly string[], eventId: string): Promise<KnowledgeRow[]> {
  if (!personIds.length) return Promise.resolve([]);
  return tx.run<KnowledgeRow & Record<string, unknown>>('chain/art28-knowledge', { personIds, eventId, modeArticles: MODE_ARTICLES, instrument: ROME_STATUTE });
}
