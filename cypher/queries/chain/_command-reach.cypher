// The end of an upward closure (after chain/_command-walk-up): what the walk needs of every
// organisation in `seen`. A superset of what the walk follows: it decides validity, grades and the
// depth bound in TS. One row:
// - `carry`, as the including query brought it;
// - `links`: the COMMAND subordinations above every organisation of `seen` whose widest interval
//   reaches [atEarliest, atLatest], as chain/_command-walk-up found them, each [subordinationId,
//   childId, parentId, startDate, endDate];
// - `commanders`: the postings ($roles: COMMAND_POSTING_ROLES) at every organisation of `seen`
//   within the window, each [postingId, personId, organizationId, role, title, rank, startDate, endDate];
// - `citations`: with $withCitations, those of the links, the commanders and the facts in `cited`,
//   each a map naming its fact (`factId`), in the order of their position; without it, none;
// - `records`: as $shown asks (a map of booleans), the commander postings, their persons and the
//   organisations, as graphql/nodes-by-ids reads them.
// Rows are lists rather than maps: a map repeats its keys in every row, which the driver decodes
// (the order is in src/domain/chain-of-command/load.ts). The citations are one subquery over all
// the facts, not one per row: an unused per-row subquery still cost time when $withCitations was false.
CALL (seen, atEarliest, atLatest) {
  UNWIND seen AS o
  MATCH (o)<-[:ORGANIZATION]-(po:Posting)-[:PERSON]->(p:Person)
  WHERE any(r IN $roles WHERE r = po.role)
    AND (po.startDateMin IS NULL OR po.startDateMin <= atLatest)
    AND (po.endDateMax IS NULL OR po.endDateMax >= atEarliest)
  RETURN collect([po, p, o]) AS commanders
}
CALL (links, commanders, cited) {
  WITH cited + [x IN links | x[0]] + [x IN commanders | x[0]] AS facts
  WHERE $withCitations
  UNWIND facts AS f
  WITH DISTINCT f
  MATCH (src:Source)-[c:CITED_FOR]->(f)
  WITH f, src, c ORDER BY c.position, src.id, c.locator
  RETURN collect({factId: f.id, sourceId: src.id, title: src.title, reliability: src.reliability, confidentiality: src.confidentiality,
                  locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}) AS citations
}
RETURN carry,
       [x IN links | [x[0].id, x[1].id, x[2].id, x[0].startDate, x[0].endDate]] AS links,
       [x IN commanders | [x[0].id, x[1].id, x[2].id, x[0].role, x[0].title, x[0].rank, x[0].startDate, x[0].endDate]] AS commanders,
       citations,
       CASE WHEN $shown.postings THEN [x IN commanders | properties(x[0])] ELSE [] END
         + CASE WHEN $shown.persons THEN [x IN commanders | properties(x[1])] ELSE [] END
         + CASE WHEN $shown.organizations THEN [o IN seen | properties(o)] ELSE [] END AS records
