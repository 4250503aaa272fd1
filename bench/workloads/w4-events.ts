/**
 * W4: a page of events filtered by type and a date window, with every participant and its actor:
 * the N+1 trap (one query for the page, then one per event for participants, one per participant
 * for the actor) that the loaders turn into one round trip per level.
 */
import { EVENT_TYPES } from '../../src/foundations/model/enums';
import type { Workload } from './workload';

const PAGE = 25;

const OURS = `query W4($filter: EventFilter, $first: Int) {
  events(filter: $filter, first: $first) {
    totalCount pageInfo { hasNextPage }
    edges { node { id title eventType startDate
      participants { id role actor { __typename ... on Person { id name } ... on Organization { id name } } } } }
  }
}`;

const PEER = `query W4($where: EventWhere, $first: Int) {
  eventsConnection(where: $where, first: $first, sort: [{ startDateMin: ASC }, { id: ASC }]) {
    totalCount pageInfo { hasNextPage }
    edges { node { id title eventType startDate
      participants { id role actor { __typename ... on Person { id name } ... on Organization { id name } } } } }
  }
}`;

const RAW = `MATCH (e:Event)
WHERE e.eventType IN $types AND e.startDateMax >= $from AND e.startDateMin <= $to
WITH e ORDER BY coalesce(e.startDateMin, '9999-12-31'), e.id
WITH collect(e) AS matched
RETURN size(matched) AS totalCount, size(matched) > $first AS hasNextPage,
  [e IN matched[0..$first] | {id: e.id, title: e.title, eventType: e.eventType, startDate: e.startDate,
    participants: [(e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(a) | {id: p.id, role: p.role,
      actor: {type: CASE WHEN a:Person THEN 'Person' ELSE 'Organization' END, id: a.id, name: a.name}}]}] AS events`;

const canonEvents = (edges: any[]) =>
  edges.map(({ node: e }: any, position: number) => ({
    position,
    id: e.id,
    title: e.title,
    eventType: e.eventType,
    startDate: e.startDate,
    participants: e.participants.map((p: any) => {
      const a = Array.isArray(p.actor) ? p.actor[0] : p.actor;
      return { id: p.id, role: p.role, actor: { type: a.__typename, id: a.id, name: a.name } };
    }),
  }));

export const W4: Workload = {
  id: 'W4',
  title: `events filtered by type and a two-year window, first page of ${PAGE}, with participants and actors`,
  peerNote: 'native (eventsConnection with where, sort and first; participants → actor union)',
  async cases(_driver, random, count) {
    const types = EVENT_TYPES.filter((t) => !['TRIAL', 'OTHER'].includes(t));
    return Array.from({ length: count }, () => {
      const picked = [...new Set([types[Math.floor(random() * types.length)]!, types[Math.floor(random() * types.length)]!])];
      const year = 2012 + Math.floor(random() * 12);
      const from = `${year}-01-01`;
      const to = `${year + 1}-12-31`;
      return {
        label: `${picked.join('+')} ${year}–${year + 1}`,
        ours: { query: OURS, variables: { filter: { types: picked, from: String(year), to: String(year + 1) }, first: PAGE } },
        peer: { query: PEER, variables: { where: { eventType: { in: picked }, startDateMax: { gte: from }, startDateMin: { lte: to } }, first: PAGE } },
        raw: { cypher: RAW, params: { types: picked, from, to, first: PAGE } },
      };
    });
  },
  canonOurs: (data) => ({ totalCount: data.events.totalCount, hasNextPage: data.events.pageInfo.hasNextPage, events: canonEvents(data.events.edges) }),
  canonPeer: (data) => ({ totalCount: data.eventsConnection.totalCount, hasNextPage: data.eventsConnection.pageInfo.hasNextPage, events: canonEvents(data.eventsConnection.edges) }),
  canonRaw: (rows) => {
    const r = rows[0]!;
    return { totalCount: r.totalCount, hasNextPage: r.hasNextPage, events: (r.events as any[]).map((e, position) => ({ position, ...e })) };
  },
};
