// Everything needed to rebuild each stored record among $ids as records v1 (src/storage/records/read):
// its properties, its citations, the records it contradicts and its legal elements, each list in
// the order the record gave it (the `position` the writer stores).
UNWIND $ids AS id
MATCH (n:Record {id: id})
CALL (n) {
  OPTIONAL MATCH (s:Source)-[c:CITED_FOR]->(n)
  WITH s, c ORDER BY c.position, s.id, c.locator
  RETURN collect(c {source: s.id, .locator, .credibility, .quote, .translation, .translationBy, .element}) AS sources
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:CONTRADICTS]->(other:Record)
  WITH other, r ORDER BY r.position, other.id
  RETURN collect(other.id) AS contradicts
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_ELEMENT]->(e:Element)
  WITH e ORDER BY e.position, e.number
  RETURN collect(e {.number, .text, .kind, .footnotes}) AS elements
}
RETURN n.id AS id, n {.*} AS props, sources, contradicts, elements
