/** What a workload is: seeded cases, each the same logical question asked of every side. */
import type { Driver } from 'neo4j-driver';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Case {
  /** The record(s) asked about, for the report. */
  label: string;
  /** Asked of our service and of the naive one (the same resolvers, loaders without batching). */
  ours: GraphQLRequest;
  /** Asked of the @neo4j/graphql peer; absent when the workload has no peer. */
  peer?: GraphQLRequest;
  /** The hand-written Cypher (one statement, one round trip). */
  raw: { cypher: string; params: Record<string, unknown> };
}

export interface Workload {
  id: string;
  title: string;
  /** How the peer answers (native, @cypher), or why it does not. */
  peerNote: string;
  /** `count` cases drawn with `random` (seeded): the same ids in every run. */
  cases(driver: Driver, random: () => number, count: number): Promise<Case[]>;
  /** Each side's answer in one canonical shape, compared (after sorting every list) before timing. */
  canonOurs(data: any): unknown;
  canonPeer?(data: any): unknown;
  canonRaw(rows: Record<string, unknown>[]): unknown;
}

/** Citations in the canonical shape: grade as the service spells it (reliability then credibility). */
export const canonCitationsOurs = (cs: any[]) => cs.map((c) => ({ locator: c.locator, credibility: c.credibility, grade: c.grade, source: c.source.id }));
export const canonCitationsPeer = (conn: any) =>
  conn.edges.map((e: any) => ({ locator: e.properties.locator, credibility: e.properties.credibility, grade: `${e.node.reliability}${e.properties.credibility}`, source: e.node.id }));
