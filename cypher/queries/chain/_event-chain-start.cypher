// The first part of chain/event-chain (see there): the event, its perpetrator side and the postings
// of its persons, carried along as `carry` in the shape the query returns, and their fact nodes as
// `cited` (chain/_command-reach reads their citations with the rest); the units as the first
// `frontier` of the upward closure.
// Rows are lists in a fixed order rather than maps (the order is in src/domain/chain-of-command/load.ts):
// a map repeats its keys in every row of the answer, which the driver then decodes.
// carry.participations: [participationId, role, description, actorId, actor is a Person].
// carry.postings: [postingId, personId, organizationId, role, title, rank, startDate, endDate].
MATCH (e:Event {id: $eventId})
WITH e, coalesce($atEarliest, e.startDateMin) AS atEarliest, coalesce($atLatest, e.startDateMax) AS atLatest
CALL (e) {
  // Written so that no label-wide index seek (Participation.role) replaces the expansion from the event.
  MATCH (e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(a)
  WHERE any(r IN $perpetratorRoles WHERE r = p.role) AND (a:Person OR a:Organization)
  RETURN collect([p, a]) AS participations,
         collect(DISTINCT CASE WHEN a:Person THEN a END) AS persons,
         collect(DISTINCT CASE WHEN a:Organization THEN a END) AS actorOrgs
}
CALL (persons, atEarliest, atLatest) {
  UNWIND persons AS person
  MATCH (person)<-[:PERSON]-(po:Posting)-[:ORGANIZATION]->(o:Organization)
  WHERE (po.startDateMin IS NULL OR po.startDateMin <= atLatest)
    AND (po.endDateMax IS NULL OR po.endDateMax >= atEarliest)
  RETURN collect([po, person, o]) AS postings, collect(DISTINCT o) AS postingOrgs
}
WITH {event: [e.id, e.startDate],
      participations: [x IN participations | [x[0].id, x[0].role, x[0].description, x[1].id, x[1]:Person]],
      postings: [x IN postings | [x[0].id, x[1].id, x[2].id, x[0].role, x[0].title, x[0].rank, x[0].startDate, x[0].endDate]],
      records: CASE WHEN $shown.event THEN [properties(e)] ELSE [] END
        + CASE WHEN $shown.participations THEN [x IN participations | properties(x[0])] ELSE [] END
        + CASE WHEN $shown.actors THEN [x IN participations | properties(x[1])] ELSE [] END
        + CASE WHEN $shown.postings THEN [x IN postings | properties(x[0])] ELSE [] END} AS carry,
     [x IN participations | x[0]] + [x IN postings | x[0]] AS cited,
     atEarliest, atLatest, actorOrgs + [o IN postingOrgs WHERE NOT o IN actorOrgs] AS frontier
