/**
 * The named queries of cypher/queries/chain/, typed. Each call is one round trip and covers a whole
 * set of ids (an event's whole chain upward, a level of a downward walk), never one id at a time. The
 * Cypher keeps only facts whose widest interval reaches the date (Min/Max fields); the exact
 * validity is decided in TS with validityAt.
 */
import type { GraphTx } from '../../storage/db/graph';
import type { Grade } from '../../foundations/model/grades';
import type { StoredRecord } from '../../storage/records/stored';
import { COMMAND_POSTING_ROLES, PERPETRATOR_ROLES, type ParticipationRole, type PostingRole } from '../../foundations/model/enums';
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

/*
 * The chain queries send their rows as lists in a fixed order, not maps (a map repeats its keys in
 * every row, and decoding them was a measurable part of a chain's time): these are those orders,
 * as the Cypher of chain/_event-chain-start and chain/_command-reach builds them.
 */
type EventTuple = [id: string, startDate: string | null];
type ParticipationTuple = [participationId: string, role: ParticipationRole, description: string | null, actorId: string, isPerson: boolean];
type PostingTuple = [postingId: string, personId: string, organizationId: string, role: PostingRole, title: string | null, rank: string | null, startDate: string | null, endDate: string | null];
type LinkTuple = [subordinationId: string, childId: string, parentId: string, startDate: string | null, endDate: string | null];

/** A citation as chain/_command-reach returns it: for the fact `factId`. */
type FactCitationRow = ChainCitationRow & { factId: string };

/** What chain/_command-reach returns, after what the including query carries. */
interface ReachRow<Carry> extends Record<string, unknown> {
  carry: Carry;
  links: LinkTuple[];
  commanders: PostingTuple[];
  citations: FactCitationRow[];
  records: StoredRecord[];
}

/** Rows grouped by `key`, each group in the rows' order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) (out.get(key(row)) ?? out.set(key(row), []).get(key(row))!).push(row);
  return out;
}

/** Each fact's citations, in the order read (empty lists when the query read none). */
function citationsByFact(rows: readonly FactCitationRow[]): (factId: string) => ChainCitationRow[] {
  const byFact = groupBy(rows, (c) => c.factId);
  return (factId) => (byFact.get(factId) ?? []).map(({ factId: _factId, ...citation }) => citation);
}

function toPostingRow(t: PostingTuple, citationsOf: (factId: string) => ChainCitationRow[]): PostingRow {
  const [postingId, personId, organizationId, role, title, rank, startDate, endDate] = t;
  return { postingId, personId, organizationId, role, title, rank, startDate, endDate, citations: citationsOf(postingId) };
}

function toSubordinationRow(t: LinkTuple, citationsOf: (factId: string) => ChainCitationRow[]): SubordinationRow {
  const [subordinationId, childId, parentId, startDate, endDate] = t;
  return { subordinationId, childId, parentId, startDate, endDate, citations: citationsOf(subordinationId) };
}

/** Rows in the order of their ids, as the per-organisation queries used to send them. */
const inIdOrder =
  <T>(id: (row: T) => string) =>
  (a: T, b: T) =>
    id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0;

function toReach(row: ReachRow<unknown>, citationsOf: (factId: string) => ChainCitationRow[]): CommandReach {
  const links = row.links.map((t) => toSubordinationRow(t, citationsOf)).sort(inIdOrder((l) => l.subordinationId));
  const commanders = row.commanders.map((t) => toPostingRow(t, citationsOf)).sort(inIdOrder((c) => c.postingId));
  return { links: groupBy(links, (l) => l.childId), commanders: groupBy(commanders, (c) => c.organizationId), records: row.records };
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

/** What chain/_event-chain-start carries to the end of chain/event-chain. */
interface EventCarry {
  event: EventTuple;
  participations: ParticipationTuple[];
  postings: PostingTuple[];
  records: StoredRecord[];
}

/**
 * The whole chain behind an event in one round trip; null when there is no such event. `at` null:
 * the event's start date; `depth`: the levels the walk will take (the closure read covers them).
 * Participations and postings in id order, as the chain lists them.
 */
export async function loadEventChain(tx: GraphTx, eventId: string, at: DateWindow | null, depth: number, reads: ChainReads): Promise<EventChainRows | null> {
  const [row] = await tx.run<ReachRow<EventCarry>>('chain/event-chain', {
    eventId,
    depth,
    atEarliest: at?.earliest ?? null,
    atLatest: at?.latest ?? null,
    perpetratorRoles: [...PERPETRATOR_ROLES],
    roles: [...COMMAND_POSTING_ROLES],
    ...reads,
  });
  if (!row) return null;
  const citationsOf = citationsByFact(row.citations);
  const [id, startDate] = row.carry.event;
  const participations = row.carry.participations
    .map(([participationId, role, description, actorId, isPerson]): ParticipationRow => ({
      participationId,
      role,
      description,
      actorId,
      actorType: isPerson ? 'Person' : 'Organization',
      citations: citationsOf(participationId),
    }))
    .sort(inIdOrder((p) => p.participationId));
  const postings = row.carry.postings.map((t) => toPostingRow(t, citationsOf)).sort(inIdOrder((p) => p.postingId));
  const reach = toReach(row, citationsOf);
  return { event: { id, startDate }, participations, postings, reach, records: [...row.carry.records, ...reach.records] };
}

/** Everything an upward walk from `orgIds` can follow at `at`, in one round trip (chain/command-closure-up). */
export async function loadCommandClosure(tx: GraphTx, orgIds: readonly string[], at: DateWindow, depth: number, reads: ChainReads): Promise<CommandReach> {
  const params = { orgIds, depth, roles: [...COMMAND_POSTING_ROLES], ...reads, ...window(at) };
  const [row] = await tx.run<ReachRow<null>>('chain/command-closure-up', params);
  return row ? toReach(row, citationsByFact(row.citations)) : { links: new Map(), commanders: new Map(), records: [] };
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
