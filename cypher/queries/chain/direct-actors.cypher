// The perpetrator-side participations in an event ($roles: PERPETRATOR_ROLES), with their citations.
MATCH (e:Event {id: $eventId})
CALL (e) {
  MATCH (e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(a)
  // Written so that no label-wide index seek (Participation.role) replaces the expansion from the event.
  WHERE any(r IN $roles WHERE r = p.role) AND (a:Person OR a:Organization)
  RETURN p, a
}
RETURN p.id AS participationId, p.role AS role, p.description AS description, a.id AS actorId,
       CASE WHEN a:Person THEN 'Person' ELSE 'Organization' END AS actorType,
       COLLECT {
         MATCH (s:Source)-[c:CITED_FOR]->(p)
         WITH s, c ORDER BY c.position, s.id, c.locator
         RETURN {sourceId: s.id, title: s.title, reliability: s.reliability, confidentiality: s.confidentiality,
                 locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}
       } AS citations
ORDER BY participationId
