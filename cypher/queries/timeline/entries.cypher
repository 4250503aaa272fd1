// The dated facts about one entity: postings and subordinations it is part of, with the record
// at their other end, and its participations with their events.
MATCH (x:Record {id: $id})
CALL (x) {
  MATCH (x)<-[:PERSON|ORGANIZATION|CHILD|PARENT]-(f:Posting|Subordination)-[:PERSON|ORGANIZATION|CHILD|PARENT]->(other)
  WHERE other <> x
  RETURN f {.*} AS fact, other {.id, .recordType, .name, .shortName, .title, .protection, .pseudonym} AS other, null AS event
  UNION
  MATCH (x)<-[:ACTOR]-(f:Participation)-[:EVENT]->(e:Event)
  RETURN f {.*} AS fact, null AS other, e {.*} AS event
}
RETURN fact, other, event
