// One level of an upward closure, breadth first: the COMMAND subordinations above `frontier` whose
// widest interval reaches [atEarliest, atLatest], added to `links` as [subordination, child, parent]
// nodes, and their parents not in `seen` yet, which become the next frontier. So every organisation
// is expanded once: rival accounts and cycles cost no more than a tree, where a quantified path
// would enumerate every path; and the links are read here, once, not again for the answer.
// Included once per level (`… 10 times`); a level with an empty frontier costs next to nothing.
// `carry` and `cited` are whatever the including query brings along (see chain/_command-reach).
CALL (frontier, seen, atEarliest, atLatest) {
  UNWIND frontier AS child
  MATCH (child)<-[:CHILD]-(s:Subordination)-[:PARENT]->(parent:Organization)
  WHERE coalesce(s.classification, '') = 'COMMAND'
    AND (s.startDateMin IS NULL OR s.startDateMin <= atLatest)
    AND (s.endDateMax IS NULL OR s.endDateMax >= atEarliest)
  RETURN collect([s, child, parent]) AS found, collect(DISTINCT CASE WHEN NOT parent IN seen THEN parent END) AS next
}
WITH seen + next AS seen, next AS frontier, links + found AS links, atEarliest, atLatest, carry, cited
