// The start of a subgraph expansion (src/domain/subgraph/first-hops.ts) in one statement: the seed records
// among $ids (entities and legal provisions, as subgraph/nodes), the links of the seeds (hop 1)
// and, when $ahead, the links of every record hop 1 reaches (hop 2 of the widest frontier it can
// have: the caller keeps the rows of the records it did draw). Rows are subgraph/_hop-links rows;
// each hop stops at $maxRows rows, and the caller reads a hop that reached it again on its own.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Record {id: id})
  WHERE n:Entity OR n:LegalProvision
  RETURN collect(n {.*}) AS seeds
}
CALL () {
  UNWIND $ids AS id
  MATCH (e:Record {id: id})
  // @include subgraph/_hop-links
  RETURN collect({id: id, rel: rel, outgoing: outgoing, link: link, isFact: isFact, ends: ends, citations: citations}) AS hop1
}
CALL (hop1) {
  // What hop 1 may draw: a fact's ends, a direct reference's other side. Legal provisions and
  // allegations are drawn but not expanded, and the seeds are drawn already.
  UNWIND CASE WHEN $ahead AND size(hop1) < $maxRows THEN hop1 ELSE [] END AS row
  UNWIND CASE WHEN row.isFact THEN [end IN row.ends | end.node] ELSE [row.link] END AS reached
  WITH DISTINCT reached.id AS nextId, reached.recordType AS nextType
  WHERE NOT nextType IN ['LegalProvision', 'Allegation'] AND NOT nextId IN $ids
  WITH nextId AS id
  MATCH (e:Record {id: id})
  // @include subgraph/_hop-links
  RETURN collect({id: id, rel: rel, outgoing: outgoing, link: link, isFact: isFact, ends: ends, citations: citations}) AS hop2
}
RETURN seeds, hop1, hop2
