// The stored provision of each of $articles (the modes of liability's) in an instrument named like
// $instrument, as element coverage finds it (the lowest id), with its element numbers in order.
UNWIND $articles AS article
CALL (article) {
  MATCH (p:LegalProvision {article: article})
  WHERE p.instrument CONTAINS $instrument
  WITH p ORDER BY p.id LIMIT 1
  RETURN p
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_ELEMENT]->(e:Element)
  WITH e ORDER BY e.position, e.number
  RETURN collect(e.number) AS numbers
}
RETURN p.id AS id, p.article AS article, numbers
