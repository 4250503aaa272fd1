/**
 * The peer: @neo4j/graphql 7 type definitions over OUR storage, as the graph writer lays it out
 * (src/foundations/model/record-types.ts, src/storage/records/write/): every record a node with its type's label and
 * its fields as properties; a fact (Posting, Subordination, Participation) a node with an outgoing
 * relationship named after each reference field (PERSON, ORGANIZATION, CHILD, PARENT, ACTOR,
 * EVENT); a citation a `CITED_FOR` relationship from the Source, carrying locator and credibility.
 * Only what the workloads ask is declared. Enumerations are Strings (the stored values).
 * Where the library has no native way (the chain of command, a two-hop neighbourhood) the field is
 * `@cypher` with the same statement as the raw side.
 */
import { chainCypher } from '../workloads/chain-cypher';
import { neighborhoodCypher } from '../workloads/neighborhood-cypher';

const cited = 'citations: [Source!]! @relationship(type: "CITED_FOR", direction: IN, properties: "Citation")';
const quoted = (cypher: string) => cypher.replace(/\\/g, '\\\\').replace(/"""/g, '\\"""');

export const PEER_TYPE_DEFS = `
type Citation @relationshipProperties {
  locator: String!
  credibility: Int!
  position: Int
}

type Source @node {
  id: ID!
  title: String!
  reliability: String!
}

type Person @node {
  id: ID!
  name: String!
  postings: [Posting!]! @relationship(type: "PERSON", direction: IN)
  ${cited}
}

type Organization @node {
  id: ID!
  name: String!
  parents: [Subordination!]! @relationship(type: "CHILD", direction: IN)
  ${cited}
}

type Posting @node {
  id: ID!
  role: String!
  startDate: String
  endDate: String
  person: [Person!]! @relationship(type: "PERSON", direction: OUT)
  organization: [Organization!]! @relationship(type: "ORGANIZATION", direction: OUT)
  ${cited}
}

type Subordination @node {
  id: ID!
  classification: String!
  startDate: String
  endDate: String
  parent: [Organization!]! @relationship(type: "PARENT", direction: OUT)
  ${cited}
}

union Actor = Person | Organization

type Participation @node {
  id: ID!
  role: String!
  actor: [Actor!]! @relationship(type: "ACTOR", direction: OUT)
}

type ChainOrganization {
  id: String!
  level: Int!
  commanders: [String!]!
}

type Chain {
  units: [String!]!
  organizations: [ChainOrganization!]!
}

type Event @node {
  id: ID!
  title: String!
  eventType: String!
  startDate: String
  startDateMin: String
  startDateMax: String
  participants: [Participation!]! @relationship(type: "EVENT", direction: IN)
  chainOfCommand(at: String!): Chain! @cypher(statement: """${quoted(chainCypher('this'))}""", columnName: "chain")
}

type Neighborhood {
  nodes: [String!]!
}

type Query {
  neighborhood(id: ID!): Neighborhood! @cypher(statement: """MATCH (seed:Record {id: $id}) ${quoted(neighborhoodCypher('seed'))}""", columnName: "result")
}
`;
