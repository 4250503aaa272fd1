// Every Allegation citation that names an element, with what it may name: the element numbers of
// the allegation's provision, and the provision of its mode of liability (the Rome Statute
// provision with the article $modeArticles gives for the mode, in an instrument named like
// $instrument, the lowest id first, as element coverage finds it). The check keeps those naming neither.
MATCH (s:Source)-[c:CITED_FOR]->(a:Allegation)-[:PROVISION]->(p:LegalProvision)
WHERE c.element IS NOT NULL
WITH s, c, a, p, [(p)-[:HAS_ELEMENT]->(e:Element) | e.number] AS numbers
WITH s, c, a, p, numbers, head(COLLECT {
  MATCH (mp:LegalProvision)
  WHERE mp.article = $modeArticles[a.mode] AND mp.instrument CONTAINS $instrument
  WITH mp ORDER BY mp.id LIMIT 1
  RETURN {id: mp.id, article: mp.article, numbers: [(mp)-[:HAS_ELEMENT]->(e:Element) | e.number]}
}) AS mode
RETURN a.id AS id, a.recordType AS type, a.mode AS modeName, s.id AS sourceId, c.locator AS locator, c.element AS element, p.id AS provisionId, numbers, mode
ORDER BY id, sourceId, element
