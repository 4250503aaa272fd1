// A person looked up with their postings selected, and what the next levels of the selection ask,
// in one round trip: the person's record; their postings (the facts through :PERSON, each with
// the records it links, as graphql/facts-by-target/person brings them); when $withCitations, the
// citations of the person and of each posting (as graphql/citations-of). No row: no such record.
MATCH (t:Record {id: $id})
CALL (t) {
  OPTIONAL MATCH (t)<-[:PERSON]-(f:Record)
  WITH f WHERE f IS NOT NULL
  RETURN collect({fact: f {.*}, linked: [(f)-->(l:Record) WHERE l <> t | l {.*}]}) AS facts
}
CALL (t) {
  UNWIND CASE WHEN $withCitations THEN [t] + [(t)<-[:PERSON]-(f:Record) | f] ELSE [] END AS n
  CALL (n) {
    MATCH (n)<-[c:CITED_FOR]-(s:Source)
    WITH c, s ORDER BY c.position
    RETURN collect({source: s {.*}, locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}) AS citations
  }
  RETURN collect({id: n.id, citations: citations}) AS citations
}
RETURN t {.*} AS node, facts, citations
