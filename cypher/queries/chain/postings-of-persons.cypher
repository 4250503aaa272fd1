// Every posting of the persons $personIds whose widest interval reaches the day range
// [$atEarliest, $atLatest] (full dates): the coarse filter; the exact validity is decided in TS.
UNWIND $personIds AS personId
MATCH (:Person {id: personId})<-[:PERSON]-(po:Posting)-[:ORGANIZATION]->(o:Organization)
WHERE (po.startDateMin IS NULL OR po.startDateMin <= $atLatest)
  AND (po.endDateMax IS NULL OR po.endDateMax >= $atEarliest)
RETURN po.id AS postingId, personId, o.id AS organizationId, po.role AS role, po.title AS title, po.rank AS rank,
       po.startDate AS startDate, po.endDate AS endDate,
       COLLECT {
         MATCH (s:Source)-[c:CITED_FOR]->(po)
         WITH s, c ORDER BY c.position, s.id, c.locator
         RETURN {sourceId: s.id, title: s.title, reliability: s.reliability, confidentiality: s.confidentiality,
                 locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}
       } AS citations
ORDER BY postingId
