// An upward closure, breadth first, in one expression: `walk` goes up level by level from
// `frontier`, each level reading the COMMAND subordinations above the organisations of its frontier
// whose widest interval reaches [atEarliest, atLatest] (added to `links` as [subordination, child,
// parent] nodes, read once here and not again for the answer) and making their parents not in
// `seen` yet the next frontier. So every organisation is expanded once: rival accounts and cycles
// cost no more than a tree, where a quantified path would enumerate every path. Level $depth + 1
// reads the links above the last level (the walk follows those that close a cycle and reports the
// others as depthLimited) and reaches no organisation. Once a frontier is empty, the levels left do
// nothing.
// One expression rather than a CALL per level unrolled MAX_DEPTH times: the statement is less than
// half as long (its text is sent and looked up in the plan cache on every request, at a cost that
// grows with its length), an empty level costs nothing, and one plan serves every depth. `[x IN [value] | …][0]` names
// a value inside the expression (`found`, `next`), which Cypher has no other way to do.
// After it: `seen` (the organisations reached, up to level $depth), `links`, and `carry` and
// `cited` as the including query brought them (see chain/_command-reach).
WITH carry, cited, atEarliest, atLatest,
     reduce(walk = {frontier: frontier, seen: frontier, links: []}, level IN range(1, $depth + 1) |
       CASE WHEN size(walk.frontier) = 0 THEN walk ELSE
         [found IN [reduce(acc = [], child IN walk.frontier | acc + [(child)<-[:CHILD]-(s:Subordination)-[:PARENT]->(parent:Organization)
             WHERE coalesce(s.classification, '') = 'COMMAND'
               AND (s.startDateMin IS NULL OR s.startDateMin <= atLatest)
               AND (s.endDateMax IS NULL OR s.endDateMax >= atEarliest) | [s, child, parent]])] |
           // The parents not reached before, each once, in the order found.
           [next IN [reduce(acc = [], x IN found | CASE WHEN x[2] IN walk.seen OR x[2] IN acc THEN acc ELSE acc + [x[2]] END)] |
             CASE WHEN level > $depth THEN {frontier: [], seen: walk.seen, links: walk.links + found}
             ELSE {frontier: next, seen: walk.seen + next, links: walk.links + found} END][0]][0]
       END) AS walk
WITH walk.seen AS seen, walk.links AS links, atEarliest, atLatest, carry, cited
