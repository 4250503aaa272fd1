// Evidence citing knowledge for superior responsibility: the citations of allegations that accuse
// one of $personIds over the event $eventId under Rome Statute art. 28 and go to art. 28's MENTAL
// element (knew / should have known / consciously disregarded). An allegation comes under art. 28
// in either of two ways: its own provision is art. 28 (cited by number, or by article and number),
// or its provision is the crime and its mode of liability is ART28_A or ART28_B, whose provision
// ($modeArticles gives its article, of an instrument named like $instrument) is cited by article
// and number ("28(b) 2"): a bare number there names an element of the crime, not of art. 28.
UNWIND $personIds AS personId
MATCH (person:Person {id: personId})
CALL (person) {
  MATCH (person)<-[:ACCUSED]-(a:Allegation)-[:EVENTS]->(e:Event)
  WHERE e.id = $eventId
  RETURN a
}
CALL (a) {
  MATCH (a)-[:PROVISION]->(lp:LegalProvision)
  WHERE lp.id STARTS WITH 'lp:rome-28' OR (lp.article STARTS WITH '28' AND lp.instrument CONTAINS $instrument)
  RETURN lp, true AS own
  UNION
  MATCH (lp:LegalProvision)
  WHERE a.mode IN ['ART28_A', 'ART28_B'] AND lp.article = $modeArticles[a.mode] AND lp.instrument CONTAINS $instrument
    AND NOT EXISTS { (a)-[:PROVISION]->(lp) }
  WITH lp ORDER BY lp.id LIMIT 1
  RETURN lp, false AS own
}
MATCH (lp)-[:HAS_ELEMENT]->(el:Element)
WHERE el.kind = 'MENTAL'
WITH personId, a, lp, own, el,
     COLLECT {
       MATCH (s:Source)-[c:CITED_FOR]->(a)
       WHERE (own AND c.element = el.number) OR c.element = lp.article + ' ' + el.number
       WITH s, c ORDER BY c.position, s.id, c.locator
       RETURN {sourceId: s.id, title: s.title, reliability: s.reliability, confidentiality: s.confidentiality,
               locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}
     } AS citations
WHERE size(citations) > 0
RETURN personId, a.id AS allegationId, a.mode AS mode, a.description AS description, lp.id AS provisionId,
       lp.article AS article, el.number AS elementNumber, el.text AS elementText, citations
ORDER BY personId, allegationId, elementNumber
