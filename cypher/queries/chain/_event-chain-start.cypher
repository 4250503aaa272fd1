// The first part of chain/event-chain (see there): the event, its
// perpetrator side and the postings of its persons, carried along as `carry`; the units as the
// first `frontier` of the upward closure.
MATCH (e:Event {id: $eventId})
WITH e, coalesce($atEarliest, e.startDateMin) AS atEarliest, coalesce($atLatest, e.startDateMax) AS atLatest
CALL (e) {
  // Written so that no label-wide index seek (Participation.role) replaces the expansion from the event.
  MATCH (e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(a)
  WHERE any(r IN $perpetratorRoles WHERE r = p.role) AND (a:Person OR a:Organization)
  WITH p, a ORDER BY p.id
  RETURN collect({participationId: p.id, role: p.role, description: p.description, actorId: a.id,
           actorType: CASE WHEN a:Person THEN 'Person' ELSE 'Organization' END,
           record: CASE WHEN $shown.participations THEN p {.*} END, actor: CASE WHEN $shown.actors THEN a {.*} END,
           citations: CASE WHEN $withCitations THEN COLLECT {
             MATCH (src:Source)-[c:CITED_FOR]->(p)
             WITH src, c ORDER BY c.position, src.id, c.locator
             RETURN {sourceId: src.id, title: src.title, reliability: src.reliability, confidentiality: src.confidentiality,
                     locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}
           } ELSE [] END}) AS participations,
         collect(DISTINCT CASE WHEN a:Person THEN a END) AS persons,
         collect(DISTINCT CASE WHEN a:Organization THEN a END) AS actorOrgs
}
CALL (persons, atEarliest, atLatest) {
  UNWIND persons AS person
  MATCH (person)<-[:PERSON]-(po:Posting)-[:ORGANIZATION]->(o:Organization)
  WHERE (po.startDateMin IS NULL OR po.startDateMin <= atLatest)
    AND (po.endDateMax IS NULL OR po.endDateMax >= atEarliest)
  WITH person, po, o ORDER BY po.id
  RETURN collect({postingId: po.id, personId: person.id, organizationId: o.id, role: po.role, title: po.title, rank: po.rank,
           startDate: po.startDate, endDate: po.endDate, record: CASE WHEN $shown.postings THEN po {.*} END,
           citations: CASE WHEN $withCitations THEN COLLECT {
             MATCH (src:Source)-[c:CITED_FOR]->(po)
             WITH src, c ORDER BY c.position, src.id, c.locator
             RETURN {sourceId: src.id, title: src.title, reliability: src.reliability, confidentiality: src.confidentiality,
                     locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}
           } ELSE [] END}) AS postings,
         collect(DISTINCT o) AS postingOrgs
}
WITH {id: e.id, startDate: e.startDate, record: CASE WHEN $shown.event THEN e {.*} END, participations: participations, postings: postings} AS carry, atEarliest, atLatest,
     actorOrgs + [o IN postingOrgs WHERE NOT o IN actorOrgs] AS frontier
WITH frontier, frontier AS seen, atEarliest, atLatest, carry
