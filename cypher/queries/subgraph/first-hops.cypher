// The start of a subgraph expansion (src/domain/subgraph/first-hops.ts) in one statement: the seed records
// among $ids (entities and legal provisions, as subgraph/nodes; `hop` 0), the links of the seeds
// (`hop` 1) and, when $ahead, the links of every record hop 1 reaches (`hop` 2, for the widest
// frontier hop 1 can have: the caller keeps the rows of the records it did draw). Rows are
// subgraph/_hop-links rows (citations as $withCitations asks); each hop stops at $maxRows rows,
// and the caller reads a hop that reached it again on its own. Seeds and rows are projected as
// $projection says (subgraph/_hop-links).
// The rows are streamed, never collected into lists: a list held in a row is counted again in every
// row a later sort holds, and a hub's two hops then exceed the database's transaction memory.
UNWIND $ids AS id
MATCH (n:Record {id: id})
WHERE n:Entity OR n:LegalProvision
RETURN 0 AS hop, @projected(n) AS seed, null AS id, null AS rel, null AS outgoing, null AS link, null AS isFact, null AS ends, null AS citations
UNION ALL
UNWIND $ids AS id
MATCH (e:Record {id: id})
// @include subgraph/_hop-links
RETURN 1 AS hop, null AS seed, id, rel, outgoing, link, isFact, ends, citations
UNION ALL
// Hop 2 only when hop 1 was not cut: its frontier is then every record hop 1's rows reach.
CALL () {
  UNWIND $ids AS id
  MATCH (e:Record {id: id})-[r:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]-(x:Record)
  WHERE (x:Fact AND startNode(r) = x) OR (NOT x:Fact AND NOT e:Fact)
  RETURN count(*) AS hop1Rows
}
WITH hop1Rows
WHERE $ahead AND hop1Rows < $maxRows
CALL () {
  // What hop 1 may draw: a fact's ends, a direct reference's other side. Legal provisions and
  // allegations are drawn but not expanded, and the seeds are drawn already.
  UNWIND $ids AS seedId
  MATCH (s:Record {id: seedId})-[r:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]-(x:Record)
  WHERE (x:Fact AND startNode(r) = x) OR (NOT x:Fact AND NOT s:Fact)
  OPTIONAL MATCH (x:Fact)-[:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]->(o:Record)
  WITH CASE WHEN x:Fact THEN o ELSE x END AS reached
  WHERE reached IS NOT NULL AND NOT reached.recordType IN ['LegalProvision', 'Allegation'] AND NOT reached.id IN $ids
  RETURN DISTINCT reached AS e
}
WITH e, e.id AS id
// @include subgraph/_hop-links
RETURN 2 AS hop, null AS seed, id, rel, outgoing, link, isFact, ends, citations
