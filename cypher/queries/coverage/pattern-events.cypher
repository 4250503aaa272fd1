// The attack pattern behind a contextual element: every event of $types starting (possibly) within
// [$from, $to], with its victims (as statistics/events counts them), place, perpetrator-side
// organisations ($perpetratorRoles) and its best citation (best reliability, then credibility).
MATCH (e:Event)
WHERE e.eventType IN $types
  AND ($from IS NULL OR e.startDateMax >= $from)
  AND ($to IS NULL OR e.startDateMin <= $to)
WITH e, coalesce(e.victimCount, COUNT { (e)<-[:EVENT]-(v:Participation) WHERE v.role IN ['VICTIM', 'DEFENDANT'] }) AS victims
ORDER BY e.startDateMin, e.id
RETURN e.id AS id, e.title AS title, e.eventType AS eventType, e.startDate AS startDate, victims,
       COLLECT { MATCH (e)-[:PLACE]->(pl:Place) RETURN {placeId: pl.id, name: pl.name} } AS places,
       COLLECT {
         MATCH (e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(o:Organization)
         WHERE p.role IN $perpetratorRoles
         WITH DISTINCT o ORDER BY o.id
         RETURN {organizationId: o.id, name: coalesce(o.shortName, o.name)}
       } AS organizations,
       COLLECT {
         MATCH (src:Source)-[c:CITED_FOR]->(e)
         WITH src, c ORDER BY src.reliability, c.credibility, c.position, src.id, c.locator
         LIMIT 1
         RETURN {sourceId: src.id, title: src.title, publisher: src.publisher, reliability: src.reliability,
                 confidentiality: src.confidentiality, locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}
       } AS citations
