/**
 * A two-hop neighbourhood as ONE hand-written Cypher statement (W3's raw side and the peer's
 * `@cypher` field): the ids of the records drawn around `seed`, hop by hop as src/domain/subgraph does it —
 * across a binary fact to the entity on its other side, to an allegation and all its parties, along
 * an event's PLACE or a trial's COURT; facts (allegations) and legal provisions are not expanded.
 * No filters, no limit (the benchmark's seeds stay under the service's node limit).
 */
const FACT_RELS = 'ACCUSED|ACTOR|CHILD|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PROVISION|TO';

const hop = (n: string) => `
    MATCH (${n})<-[:${FACT_RELS}]-(:Fact)-[:${FACT_RELS}]->(o:Record) WHERE o <> ${n} RETURN o
    UNION MATCH (${n})<-[:${FACT_RELS}]-(o:Allegation) RETURN o
    UNION MATCH (${n})-[:PLACE|COURT]-(o:Record) WHERE NOT o:Fact RETURN o`;

export function neighborhoodCypher(seed: string): string {
  return `
WITH ${seed}, COLLECT {${hop(seed)}
} AS hop1
WITH ${seed}, hop1, COLLECT {
  UNWIND hop1 AS n
  WITH n WHERE NOT n:Fact AND NOT n:LegalProvision
  CALL (n) {${hop('n')}
  }
  RETURN DISTINCT o
} AS hop2
RETURN {nodes: COLLECT { UNWIND [${seed}] + hop1 + hop2 AS x RETURN DISTINCT x.id }} AS result`;
}
