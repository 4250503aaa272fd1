// The postings with a command role ($roles: COMMAND_POSTING_ROLES) at the organisations $orgIds
// whose widest interval reaches [$atEarliest, $atLatest]; the exact validity is decided in TS.
// Anchored on each organisation (CALL per row), so the work grows with the orgs asked, not the graph;
// the role test is written so that no label-wide index seek (Posting.role) replaces the expansion.
UNWIND $orgIds AS orgId
MATCH (o:Organization {id: orgId})
CALL (o) {
  MATCH (o)<-[:ORGANIZATION]-(po:Posting)-[:PERSON]->(p:Person)
  WHERE any(r IN $roles WHERE r = po.role)
    AND (po.startDateMin IS NULL OR po.startDateMin <= $atLatest)
    AND (po.endDateMax IS NULL OR po.endDateMax >= $atEarliest)
  RETURN po, p
}
RETURN po.id AS postingId, p.id AS personId, orgId AS organizationId, po.role AS role, po.title AS title, po.rank AS rank,
       po.startDate AS startDate, po.endDate AS endDate,
       COLLECT {
         MATCH (s:Source)-[c:CITED_FOR]->(po)
         WITH s, c ORDER BY c.position, s.id, c.locator
         RETURN {sourceId: s.id, title: s.title, reliability: s.reliability, confidentiality: s.confidentiality,
                 locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}
       } AS citations
ORDER BY postingId
