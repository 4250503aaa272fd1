// One level of an upward closure, breadth first: the organisations one COMMAND subordination above
// `frontier` whose widest interval reaches [atEarliest, atLatest] and that are not in `seen` yet.
// They become the next frontier, so every organisation is expanded once: rival accounts and cycles
// cost no more than a tree, where a quantified path would enumerate every path. Included once per
// level (`… 20 times`, MAX_DEPTH); a level with an empty frontier costs next to nothing.
// `carry` is whatever the including query brings along (the event's part of chain/event-chain).
CALL (frontier, seen, atEarliest, atLatest) {
  UNWIND frontier AS child
  MATCH (child)<-[:CHILD]-(s:Subordination)-[:PARENT]->(parent:Organization)
  WHERE coalesce(s.classification, '') = 'COMMAND'
    AND (s.startDateMin IS NULL OR s.startDateMin <= atLatest)
    AND (s.endDateMax IS NULL OR s.endDateMax >= atEarliest)
    AND NOT parent IN seen
  RETURN collect(DISTINCT parent) AS next
}
WITH seen + next AS seen, next AS frontier, atEarliest, atLatest, carry
