// One level of the walk downward: the COMMAND subordinations of the organisations $orgIds (as parent)
// whose widest interval reaches [$atEarliest, $atLatest]. Administrative links are not command.
// Anchored on each organisation (CALL per row), so the work grows with the level, not the graph;
// the type test is written so that no label-wide index seek (classification) replaces the expansion.
UNWIND $orgIds AS orgId
MATCH (o:Organization {id: orgId})
CALL (o) {
  MATCH (o)<-[:PARENT]-(s:Subordination)-[:CHILD]->(child:Organization)
  WHERE coalesce(s.classification, '') = 'COMMAND'
    AND (s.startDateMin IS NULL OR s.startDateMin <= $atLatest)
    AND (s.endDateMax IS NULL OR s.endDateMax >= $atEarliest)
  RETURN s, child
}
RETURN s.id AS subordinationId, child.id AS childId, orgId AS parentId, s.startDate AS startDate, s.endDate AS endDate,
       COLLECT {
         MATCH (src:Source)-[c:CITED_FOR]->(s)
         WITH src, c ORDER BY c.position, src.id, c.locator
         RETURN {sourceId: src.id, title: src.title, reliability: src.reliability, confidentiality: src.confidentiality,
                 locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}
       } AS citations
ORDER BY subordinationId
