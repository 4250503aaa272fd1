// Evidence citing knowledge for superior responsibility: the citations of allegations under
// Rome Statute art. 28 that accuse one of $personIds over the event $eventId and go to the
// provision's MENTAL element (knew / should have known / consciously disregarded), by number or by article and number.
UNWIND $personIds AS personId
MATCH (person:Person {id: personId})
CALL (person) {
  MATCH (person)<-[:ACCUSED]-(a:Allegation)-[:EVENTS]->(e:Event)
  WHERE e.id = $eventId
  RETURN a
}
MATCH (a)-[:PROVISION]->(lp:LegalProvision)-[:HAS_ELEMENT]->(el:Element)
WHERE (lp.id STARTS WITH 'lp:rome-28' OR (lp.article STARTS WITH '28' AND lp.instrument CONTAINS 'Rome Statute'))
  AND el.kind = 'MENTAL'
WITH personId, a, lp, el,
     COLLECT {
       MATCH (s:Source)-[c:CITED_FOR]->(a)
       WHERE c.element = el.number OR c.element = lp.article + ' ' + el.number
       WITH s, c ORDER BY c.position, s.id, c.locator
       RETURN {sourceId: s.id, title: s.title, reliability: s.reliability, confidentiality: s.confidentiality,
               locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}
     } AS citations
WHERE size(citations) > 0
RETURN personId, a.id AS allegationId, a.mode AS mode, a.description AS description, lp.id AS provisionId,
       lp.article AS article, el.number AS elementNumber, el.text AS elementText, citations
ORDER BY personId, allegationId, elementNumber
