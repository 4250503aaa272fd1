// The postings with a command role ($roles: COMMAND_POSTING_ROLES) at the organisations $orgIds
// whose widest interval reaches [$atEarliest, $atLatest]; the exact validity is decided in TS.
UNWIND $orgIds AS orgId
MATCH (:Organization {id: orgId})<-[:ORGANIZATION]-(po:Posting)-[:PERSON]->(p:Person)
WHERE po.role IN $roles
  AND (po.startDateMin IS NULL OR po.startDateMin <= $atLatest)
  AND (po.endDateMax IS NULL OR po.endDateMax >= $atEarliest)
RETURN po.id AS postingId, p.id AS personId, orgId AS organizationId, po.role AS role, po.title AS title, po.rank AS rank,
       po.startDate AS startDate, po.endDate AS endDate,
       COLLECT {
         MATCH (s:Source)-[c:CITED_FOR]->(po)
         WITH s, c ORDER BY s.id, c.locator
         RETURN {sourceId: s.id, title: s.title, reliability: s.reliability, confidentiality: s.confidentiality,
                 locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}
       } AS citations
ORDER BY postingId
