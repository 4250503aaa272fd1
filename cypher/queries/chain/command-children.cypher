// One level of the walk downward: the COMMAND subordinations of the organisations $orgIds (as parent)
// whose widest interval reaches [$atEarliest, $atLatest]. Administrative links are not command.
UNWIND $orgIds AS orgId
MATCH (:Organization {id: orgId})<-[:PARENT]-(s:Subordination)-[:CHILD]->(child:Organization)
WHERE s.classification = 'COMMAND'
  AND (s.startDateMin IS NULL OR s.startDateMin <= $atLatest)
  AND (s.endDateMax IS NULL OR s.endDateMax >= $atEarliest)
RETURN s.id AS subordinationId, child.id AS childId, orgId AS parentId, s.startDate AS startDate, s.endDate AS endDate,
       COLLECT {
         MATCH (src:Source)-[c:CITED_FOR]->(s)
         WITH src, c ORDER BY src.id, c.locator
         RETURN {sourceId: src.id, title: src.title, reliability: src.reliability, confidentiality: src.confidentiality,
                 locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}
       } AS citations
ORDER BY subordinationId
