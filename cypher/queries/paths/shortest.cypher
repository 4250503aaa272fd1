// The shortest paths between two records (src/domain/paths), through fact nodes: every path of the least
// length, in relationships, up to 12 (6 hops of entity–fact–entity; the caller enforces maxHops
// through $maxRels, since quantifier bounds must be literals). Only the model's link relationship
// types are followed, never citations, elements or contradictions. Each node after the start must
// pass, inline so that the filters shape which paths are shortest:
// - protection: without clearance ($cleared false) never through a withheld person, nor an
//   allegation against one;
// - legal provisions only as the end (else every allegation under one article would be 2 hops apart);
// - $atMin/$atMax (the earliest and latest day of `at`): a dated fact possibly valid then;
// - $minReliability/$minCredibility: a fact with a citation at least that good.
// No ORDER BY before the LIMIT, so that the search streams and stops at $limit paths however many
// shortest paths there are (tens of thousands between two hubs); the caller orders what it gets.
// Returns each path's records in order, with the relationships between them and, for facts, the
// grades of their citations.
MATCH (a:Record {id: $fromId}), (b:Record {id: $toId})
MATCH p = ALL SHORTEST (a) (()-[:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]-(n:Record)
    WHERE ($cleared OR n.protection IS NULL OR n.protection <> 'WITHHOLD')
      AND (NOT n:LegalProvision OR n.id = $toId)
      AND ($cleared OR NOT n:Allegation OR NOT EXISTS { MATCH (n)-[:ACCUSED]->(w:Person) WHERE w.protection = 'WITHHOLD' })
      AND (NOT n:Fact OR $atMin IS NULL
           OR ((n.startDateMin IS NULL OR n.startDateMin <= $atMax) AND (n.endDateMax IS NULL OR n.endDateMax >= $atMin)))
      AND (NOT n:Fact OR $minReliability IS NULL
           OR EXISTS { MATCH (s:Source)-[c:CITED_FOR]->(n) WHERE s.reliability <= $minReliability AND c.credibility <= $minCredibility })
  ){1,12} (b)
WHERE length(p) <= $maxRels
WITH p LIMIT $limit
RETURN [x IN nodes(p) | x {.*}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels,
       [x IN nodes(p) WHERE x:Fact | {id: x.id, citations: COLLECT {
          MATCH (s:Source)-[c:CITED_FOR]->(x)
          RETURN {reliability: s.reliability, credibility: c.credibility}
        }}] AS grades
