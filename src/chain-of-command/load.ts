/**
 * The named queries of cypher/queries/chain/, typed. Each call is one round trip and covers a whole
 * set of ids (a level of the walk, all the persons of an event), never one id at a time. The
 * Cypher keeps only facts whose widest interval reaches the date (Min/Max fields); the exact
 * validity is decided in TS with validityAt.
 */
import type { GraphTx } from '../db/graph';
import { COMMAND_POSTING_ROLES, PERPETRATOR_ROLES, type ParticipationRole } from '../model/enums';
import type { CitationRow } from './evidence';
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
  citations: CitationRow[];
}

export interface PostingRow extends PostingFacts {
  citations: CitationRow[];
}

export interface SubordinationRow {
  subordinationId: string;
  childId: string;
  parentId: string;
  startDate: string | null;
  endDate: string | null;
  citations: CitationRow[];
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
  citations: CitationRow[];
}

const window = (at: DateWindow) => ({ atEarliest: at.earliest, atLatest: at.latest });

export async function loadEvent(tx: GraphTx, eventId: string): Promise<EventRow | null> {
  const [row] = await tx.run<EventRow & Record<string, unknown>>('chain/event', { eventId });
  return row ?? null;
}

export async function organizationExists(tx: GraphTx, organizationId: string): Promise<boolean> {
  return (await tx.run('chain/organization', { organizationId })).length > 0;
}

export function loadDirectActors(tx: GraphTx, eventId: string): Promise<ParticipationRow[]> {
  return tx.run<ParticipationRow & Record<string, unknown>>('chain/direct-actors', { eventId, roles: [...PERPETRATOR_ROLES] });
}

export function loadPostingsOfPersons(tx: GraphTx, personIds: readonly string[], at: DateWindow): Promise<PostingRow[]> {
  if (!personIds.length) return Promise.resolve([]);
  return tx.run<PostingRow & Record<string, unknown>>('chain/postings-of-persons', { personIds, ...window(at) });
}

export function loadCommanders(tx: GraphTx, orgIds: readonly string[], at: DateWindow): Promise<PostingRow[]> {
  if (!orgIds.length) return Promise.resolve([]);
  return tx.run<PostingRow & Record<string, unknown>>('chain/commanders', { orgIds, roles: [...COMMAND_POSTING_ROLES], ...window(at) });
}

export function loadCommandLinks(tx: GraphTx, orgIds: readonly string[], at: DateWindow, direction: 'UP' | 'DOWN'): Promise<SubordinationRow[]> {
  if (!orgIds.length) return Promise.resolve([]);
  const name = direction === 'UP' ? 'chain/command-parents' : 'chain/command-children';
  return tx.run<SubordinationRow & Record<string, unknown>>(name, { orgIds, ...window(at) });
}

export function loadKnowledge(tx: GraphTx, personIds: readonly string[], eventId: string): Promise<KnowledgeRow[]> {
  if (!personIds.length) return Promise.resolve([]);
  return tx.run<KnowledgeRow & Record<string, unknown>>('chain/art28-knowledge', { personIds, eventId });
}
