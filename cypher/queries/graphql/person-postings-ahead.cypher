// A person looked up with their postings selected, and what the next levels of the selection ask,
// in one round trip: the person's record; their postings (the facts through :PERSON, each with
// the records it links, as graphql/facts-by-target/person brings them); when $withCitations, the
// citations of the person and of each posting (as graphql/citations-of); when $withAncestry, the
// subordinations of the organisations the person was posted to and of their ancestors up to three
// levels above (`ancestry`, one entry per organisation, see _ancestor-child-facts). No row: no
// such record.
MATCH (t:Record {id: $id})
OPTIONAL CALL (t) {
  MATCH (t)<-[:PERSON]-(:Record)-[:ORGANIZATION]->(org:Record)
  WHERE $withAncestry
  WITH DISTINCT org AS o
  // @include graphql/_ancestor-child-facts
}
WITH t, collect(CASE WHEN id IS NOT NULL THEN {id: id, facts: facts} END) AS ancestry
CALL (t) {
  OPTIONAL MATCH (t)<-[:PERSON]-(f:Record)
  WITH f WHERE f IS NOT NULL
  RETURN collect({fact: f {.*}, linked: [(f)-->(l:Record) WHERE l <> t | l {.*}]}) AS postings
}
CALL (t) {
  UNWIND CASE WHEN $withCitations THEN [t] + [(t)<-[:PERSON]-(f:Record) | f] ELSE [] END AS n
  CALL (n) {
    MATCH (n)<-[c:CITED_FOR]-(s:Source)
    WITH c, s ORDER BY c.position
    RETURN collect({source: s {.*}, locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}) AS citations
  }
  RETURN collect({id: n.id, citations: citations}) AS citations
}
RETURN t {.*} AS node, postings AS facts, citations, ancestry
