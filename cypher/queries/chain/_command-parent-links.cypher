// The COMMAND subordinations of organisation `o` (as child) whose widest interval reaches
// [$atEarliest, $atLatest], with their parent and graded citations, one row each. Administrative
// links are not command. Anchored on `o` (CALL), so the work grows with the walk, not the graph;
// the type test is written so that no label-wide index seek (classification) replaces the expansion.
CALL (o) {
  MATCH (o)<-[:CHILD]-(s:Subordination)-[:PARENT]->(parent:Organization)
  WHERE coalesce(s.classification, '') = 'COMMAND'
    AND (s.startDateMin IS NULL OR s.startDateMin <= $atLatest)
    AND (s.endDateMax IS NULL OR s.endDateMax >= $atEarliest)
  RETURN s, parent
}
RETURN s.id AS subordinationId, o.id AS childId, parent.id AS parentId, s.startDate AS startDate, s.endDate AS endDate,
       COLLECT {
         MATCH (src:Source)-[c:CITED_FOR]->(s)
         WITH src, c ORDER BY c.position, src.id, c.locator
         RETURN {sourceId: src.id, title: src.title, reliability: src.reliability, confidentiality: src.confidentiality,
                 locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}
       } AS citations
ORDER BY subordinationId
