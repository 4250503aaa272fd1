// One hop of a subgraph expansion (src/subgraph/expand.ts), for the whole frontier $ids at once.
// A row per link of each frontier record: either a fact pointing at it (`link` is the fact, `ends`
// everything the fact points at, `citations` what its grade is made of), or a direct reference
// between two entities (an event's PLACE, a trial's COURT; `link` is the entity on the other side,
// `outgoing` says which way). Only the model's link relationship types are followed: never
// citations, elements or contradictions. The caller filters (dates, grade, kinds, protection);
// $maxRows bounds the work and the caller reports truncation when it is reached.
UNWIND $ids AS id
MATCH (e:Record {id: id})
MATCH (e)-[r:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]-(x:Record)
WHERE (x:Fact AND startNode(r) = x) OR (NOT x:Fact AND NOT e:Fact)
WITH id, e, r, x
ORDER BY id, x.id, type(r)
LIMIT $maxRows
RETURN id, type(r) AS rel, startNode(r) = e AS outgoing, x {.*} AS link, x:Fact AS isFact,
       CASE WHEN x:Fact THEN COLLECT {
         MATCH (x)-[r2:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]->(o:Record)
         RETURN {rel: type(r2), node: o {.*}}
       } ELSE [] END AS ends,
       CASE WHEN x:Fact THEN COLLECT {
         MATCH (s:Source)-[c:CITED_FOR]->(x)
         RETURN {reliability: s.reliability, credibility: c.credibility}
       } ELSE [] END AS citations
