// The numbered elements of each legal provision among $ids (DataLoader batch).
UNWIND $ids AS id
MATCH (:LegalProvision {id: id})-[:HAS_ELEMENT]->(e:Element)
WITH id, e ORDER BY e.position
RETURN id, collect(e {.number, .text, .kind, .footnotes}) AS elements
