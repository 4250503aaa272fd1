// The perpetrator-side participations in an event ($roles: PERPETRATOR_ROLES), with their citations.
MATCH (:Event {id: $eventId})<-[:EVENT]-(p:Participation)-[:ACTOR]->(a)
WHERE p.role IN $roles AND (a:Person OR a:Organization)
RETURN p.id AS participationId, p.role AS role, p.description AS description, a.id AS actorId,
       CASE WHEN a:Person THEN 'Person' ELSE 'Organization' END AS actorType,
       COLLECT {
         MATCH (s:Source)-[c:CITED_FOR]->(p)
         WITH s, c ORDER BY s.id, c.locator
         RETURN {sourceId: s.id, title: s.title, reliability: s.reliability, confidentiality: s.confidentiality,
                 locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}
       } AS citations
ORDER BY participationId
