// The element numbers of each stored legal provision among $ids, in the provision's order.
UNWIND $ids AS id
MATCH (p:LegalProvision {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_ELEMENT]->(e:Element)
  WITH e ORDER BY e.position, e.number
  RETURN collect(e.number) AS numbers
}
RETURN p.id AS id, numbers
