/**
 * A drawing-ready subgraph: entities (and allegations, legal provisions) as nodes, facts as edges.
 * The shape every network consumer shares: the GraphQL `neighborhood` and `paths` queries and the
 * exports (GraphML, GEXF, Cytoscape.js, CSV, referral bundles, network metrics).
 *
 * Everything in a Subgraph is already fit for the viewer it was built for: withheld persons are
 * absent with their links, pseudonymised ones appear only under their pseudonym, and texts that
 * named a protected person are scrubbed. `redacted` marks nodes and edges whose full record must
 * not be handed to that viewer (it would carry the real name).
 */
import type { RecordType } from '../../storage/records/schemas';

/** What a node is: the SDL enum GraphNodeKind mirrors these. */
export const NODE_KINDS = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'TRIAL', 'LEGAL_PROVISION', 'ALLEGATION'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const KIND_OF_TYPE: Partial<Record<RecordType, NodeKind>> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Place: 'PLACE',
  Event: 'EVENT',
  Trial: 'TRIAL',
  LegalProvision: 'LEGAL_PROVISION',
  Allegation: 'ALLEGATION',
};

/**
 * What an edge is: a binary fact (one edge per fact), an allegation's link to one of its parties
 * (ACCUSED, PROVISION, EVENTS), a direct reference between entities (PLACE, COURT), or, in a path,
 * an allegation crossed from one party to another (ALLEGATION). The SDL enum GraphEdgeType mirrors these.
 */
export const EDGE_TYPES = ['POSTING', 'SUBORDINATION', 'PARTICIPATION', 'EVENT_LINK', 'ALLEGATION', 'ACCUSED', 'PROVISION', 'EVENTS', 'PLACE', 'COURT'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface SubgraphNode {
  id: string;
  recordType: RecordType;
  kind: NodeKind;
  /** Name or title as the viewer may see it (a pseudonym for a protected person). */
  label: string;
  /** A short form for drawings: short name, article number; null when there is none. */
  shortLabel: string | null;
  /** Organisation kind, event type, place kind, liability mode. */
  category: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The label is a pseudonym. */
  pseudonymised: boolean;
  /** The full record would show this viewer a protected identity: do not hand it out. */
  redacted: boolean;
}

export interface SubgraphEdge {
  /** The fact's id for a fact edge; `<from>|<TYPE>|<to>` for an allegation's or a direct link. */
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  /** The fact behind the edge (a Posting, …, an Allegation), null for a direct reference. */
  factId: string | null;
  factType: RecordType | null;
  /** Role, classification, relation or liability mode. */
  label: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The best citation's grade ("B2"), null for a direct reference. */
  grade: string | null;
  /** The fact's record or citations would show this viewer a protected identity. */
  redacted: boolean;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  /** The node limit (or the per-hop row bound) cut the expansion short. */
  truncated: boolean;
}
