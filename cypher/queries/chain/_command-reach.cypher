// What the upward walk needs of every organisation in `seen` (an upward closure): its COMMAND
// subordinations as child whose widest interval reaches [atEarliest, atLatest], with parent and
// graded citations, and its commanders ($roles: COMMAND_POSTING_ROLES) posted within the window.
// A superset of what the walk follows: it decides validity, grades and the depth bound in TS.
// One row: `carry` and `reach`, a list of {organizationId, links, commanders}. The records a
// caller shows next come along as $shown asks (a map of booleans, as graphql/nodes-by-ids reads
// records): each organisation's (`record`, $shown.organizations), each commander posting's
// (`record`, $shown.postings) and its person's (`person`, $shown.persons).
// Without $withCitations every `citations` list is empty.
CALL (seen, atEarliest, atLatest) {
  UNWIND seen AS o
  CALL (o, atEarliest, atLatest) {
    MATCH (o)<-[:CHILD]-(s:Subordination)-[:PARENT]->(parent:Organization)
    WHERE coalesce(s.classification, '') = 'COMMAND'
      AND (s.startDateMin IS NULL OR s.startDateMin <= atLatest)
      AND (s.endDateMax IS NULL OR s.endDateMax >= atEarliest)
    WITH s, parent ORDER BY s.id
    RETURN collect({subordinationId: s.id, childId: o.id, parentId: parent.id, startDate: s.startDate, endDate: s.endDate,
      citations: CASE WHEN $withCitations THEN COLLECT {
        MATCH (src:Source)-[c:CITED_FOR]->(s)
        WITH src, c ORDER BY c.position, src.id, c.locator
        RETURN {sourceId: src.id, title: src.title, reliability: src.reliability, confidentiality: src.confidentiality,
                locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}
      } ELSE [] END}) AS links
  }
  CALL (o, atEarliest, atLatest) {
    MATCH (o)<-[:ORGANIZATION]-(po:Posting)-[:PERSON]->(p:Person)
    WHERE any(r IN $roles WHERE r = po.role)
      AND (po.startDateMin IS NULL OR po.startDateMin <= atLatest)
      AND (po.endDateMax IS NULL OR po.endDateMax >= atEarliest)
    WITH po, p ORDER BY po.id
    RETURN collect({postingId: po.id, personId: p.id, organizationId: o.id, role: po.role, title: po.title, rank: po.rank,
      startDate: po.startDate, endDate: po.endDate,
      record: CASE WHEN $shown.postings THEN po {.*} END, person: CASE WHEN $shown.persons THEN p {.*} END,
      citations: CASE WHEN $withCitations THEN COLLECT {
        MATCH (src:Source)-[c:CITED_FOR]->(po)
        WITH src, c ORDER BY c.position, src.id, c.locator
        RETURN {sourceId: src.id, title: src.title, reliability: src.reliability, confidentiality: src.confidentiality,
                locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}
      } ELSE [] END}) AS commanders
  }
  RETURN collect({organizationId: o.id, record: CASE WHEN $shown.organizations THEN o {.*} END, links: links, commanders: commanders}) AS reach
}
RETURN carry, reach
