/**
 * W1: a person with their postings → organisation → parents three levels up (each a subordination
 * and its parent), and the citations of the person and of each posting. The DataLoader case: a
 * level of the query is one round trip whatever the number of postings or parents.
 */
import { pickIds } from '../dataset';
import { canonCitationsOurs, canonCitationsPeer, type Workload } from './workload';

const OURS = `query W1($id: ID!) {
  person(id: $id) {
    id name
    citations { ...C }
    postings {
      id role startDate endDate
      citations { ...C }
      organization { id name
        parents { id classification parent { id name
          parents { id classification parent { id name
            parents { id classification parent { id name } } } } } } }
    }
  }
}
fragment C on Citation { locator credibility grade source { id } }`;

const PC = 'edges { properties { locator credibility } node { id reliability } }';

const PEER = `query W1($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name
    citationsConnection { ${PC} }
    postings {
      id role startDate endDate
      citationsConnection { ${PC} }
      organization { id name
        parents { id classification parent { id name
          parents { id classification parent { id name
            parents { id classification parent { id name } } } } } } }
    }
  }
}`;

const cite = (v: string) => `[(${v})<-[c:CITED_FOR]-(s:Source) | {locator: c.locator, credibility: c.credibility, grade: s.reliability + toString(c.credibility), source: s.id}]`;
const parents = (o: string, level: number): string => {
  const s = `s${level}`;
  const p = `o${level}`;
  const inner = level < 3 ? `, parents: ${parents(p, level + 1)}` : '';
  return `[(${o})<-[:CHILD]-(${s}:Subordination)-[:PARENT]->(${p}:Organization) | {id: ${s}.id, classification: ${s}.classification, parent: {id: ${p}.id, name: ${p}.name${inner}}}]`;
};

const RAW = `MATCH (p:Person {id: $id})
RETURN {id: p.id, name: p.name, citations: ${cite('p')},
  postings: [(p)<-[:PERSON]-(po:Posting) | {id: po.id, role: po.role, startDate: po.startDate, endDate: po.endDate,
    citations: ${cite('po')},
    organization: head([(po)-[:ORGANIZATION]->(o:Organization) | {id: o.id, name: o.name, parents: ${parents('o', 1)}}])}]} AS person`;

const canonParents = (ps: any[]): any[] =>
  ps.map((s) => ({ id: s.id, classification: s.classification, parent: { id: s.parent.id, name: s.parent.name, ...(s.parent.parents ? { parents: canonParents(s.parent.parents) } : {}) } }));
const one = (x: any) => (Array.isArray(x) ? x[0] : x);

export const W1: Workload = {
  id: 'W1',
  title: 'person → postings → organisation → parents (3 levels), with citations',
  peerNote: 'native (nested relationship fields; citations through the CITED_FOR relationship properties)',
  async cases(driver, random, count) {
    const ids = await pickIds(driver, 'MATCH (p:Person) WHERE EXISTS { (p)<-[:PERSON]-(:Posting) } RETURN p.id AS id', count, random);
    return ids.map((id) => ({ label: id, ours: { query: OURS, variables: { id } }, peer: { query: PEER, variables: { id } }, raw: { cypher: RAW, params: { id } } }));
  },
  canonOurs: (data) => {
    const p = data.person;
    return {
      id: p.id,
      name: p.name,
      citations: canonCitationsOurs(p.citations),
      postings: p.postings.map((po: any) => ({
        id: po.id,
        role: po.role,
        startDate: po.startDate,
        endDate: po.endDate,
        citations: canonCitationsOurs(po.citations),
        organization: { id: po.organization.id, name: po.organization.name, parents: canonParents(po.organization.parents) },
      })),
    };
  },
  canonPeer: (data) => {
    const p = data.people[0];
    const parentsOf = (ps: any[]): any[] => ps.map((s) => ({ ...s, parent: { ...one(s.parent), ...(one(s.parent).parents ? { parents: parentsOf(one(s.parent).parents) } : {}) } }));
    return {
      id: p.id,
      name: p.name,
      citations: canonCitationsPeer(p.citationsConnection),
      postings: p.postings.map((po: any) => {
        const o = one(po.organization);
        return {
          id: po.id,
          role: po.role,
          startDate: po.startDate,
          endDate: po.endDate,
          citations: canonCitationsPeer(po.citationsConnection),
          organization: { id: o.id, name: o.name, parents: canonParents(parentsOf(o.parents)) },
        };
      }),
    };
  },
  canonRaw: (rows) => {
    const p = rows[0]!.person as any;
    return { ...p, postings: p.postings.map((po: any) => ({ ...po, organization: { ...po.organization, parents: canonParents(po.organization.parents) } })) };
  },
};
