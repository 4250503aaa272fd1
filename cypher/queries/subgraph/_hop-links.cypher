// Shared by subgraph/hop and subgraph/neighbors: every link of the record `e` (whose id is `id`),
// one row each, as src/domain/subgraph/hop-steps.ts reads them. Either a fact pointing at `e` (`link` is
// the fact, `ends` everything the fact points at, `citations` what its grade is made of), or a
// direct reference between two entities (an event's PLACE, a trial's COURT; `link` is the entity
// on the other side, `outgoing` says which way). Only the model's link relationship types are
// followed: never citations, elements or contradictions. $maxRows bounds the work; the caller
// reports truncation when it is reached. Without $withCitations every `citations` list is empty (a
// caller that shows no grade and filters on none: reading them is a good part of the hop's time).
// Among a fact's ends the record `e` itself is only `{id}`: the caller holds it already (a seed, or
// a record the hop before reached) and puts it back (src/domain/subgraph/frontier-records.ts).
// Records of the types $projection names come as the list of those properties' values
// (src/storage/records/projected.ts): what a drawing shows, when nobody asks for the records.
MATCH (e)-[r:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]-(x:Record)
WHERE (x:Fact AND startNode(r) = x) OR (NOT x:Fact AND NOT e:Fact)
WITH id, e, r, x
ORDER BY id, x.id, type(r)
LIMIT $maxRows
WITH id, e, type(r) AS rel, startNode(r) = e AS outgoing,
     @projected(x) AS link, x:Fact AS isFact,
     CASE WHEN x:Fact THEN COLLECT {
       MATCH (x)-[r2:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]->(o:Record)
       RETURN {rel: type(r2), node: CASE WHEN o = e THEN {id: o.id} ELSE @projected(o) END}
     } ELSE [] END AS ends,
     CASE WHEN x:Fact AND $withCitations THEN COLLECT {
       MATCH (s:Source)-[c:CITED_FOR]->(x)
       RETURN {reliability: s.reliability, credibility: c.credibility}
     } ELSE [] END AS citations
