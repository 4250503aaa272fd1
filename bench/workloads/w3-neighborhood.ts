/**
 * W3: the two-hop neighbourhood of a random victim (a person with a participation and no posting):
 * their events, then everyone and everything in those events. Every side is asked the same
 * question, the ids of the records drawn, and compared on them. W3d asks ours for the drawing an
 * analyst's explorer asks for (each node's kind and label, each edge's ends and type), which the
 * peer has no way to give: its ratio is to raw's ids only.
 */
import { pickIds } from '../dataset';
import { neighborhoodCypher } from './neighborhood-cypher';
import type { Workload } from './workload';

const OURS = `query W3($id: ID!) {
  neighborhood(ids: [$id], hops: 2, limit: 5000) { truncated nodes { id } }
}`;

const OURS_DRAWING = `query W3d($id: ID!) {
  neighborhood(ids: [$id], hops: 2, limit: 5000) { truncated nodes { id kind label } edges { id source target type } }
}`;

const PEER = `query W3($id: ID!) { neighborhood(id: $id) { nodes } }`;

const RAW = `MATCH (seed:Record {id: $id})${neighborhoodCypher('seed')}`;

export const W3: Workload = {
  id: 'W3',
  title: 'neighborhood of 2 hops around a random victim',
  peerNote: 'no native subgraph query: a top-level @cypher field with the raw statement (node ids only)',
  async cases(driver, random, count) {
    const ids = await pickIds(driver, 'MATCH (p:Person) WHERE NOT EXISTS { (p)<-[:PERSON]-(:Posting) } AND EXISTS { (p)<-[:ACTOR]-(:Participation) } RETURN p.id AS id', count, random);
    return ids.map((id) => ({ label: id, ours: { query: OURS, variables: { id } }, peer: { query: PEER, variables: { id } }, raw: { cypher: RAW, params: { id } } }));
  },
  canonOurs: (data) => ({ nodes: data.neighborhood.nodes.map((n: any) => n.id), truncated: data.neighborhood.truncated }),
  canonPeer: (data) => ({ nodes: data.neighborhood.nodes, truncated: false }),
  canonRaw: (rows) => ({ nodes: (rows[0]!.result as any).nodes, truncated: false }),
};

/** W3 asking ours for the drawing; no peer side (it has no way to draw edges), raw gives ids only. */
export const W3D: Workload = {
  ...W3,
  id: 'W3d',
  title: 'neighborhood of 2 hops around a random victim, drawn (kinds, labels, edges)',
  peerNote: 'not asked: the peer has no way to give the edges of a drawing',
  async cases(driver, random, count) {
    const cases = await W3.cases(driver, random, count);
    return cases.map(({ peer: _peer, ...c }) => ({ ...c, ours: { query: OURS_DRAWING, variables: c.ours.variables } }));
  },
  canonPeer: undefined,
};
