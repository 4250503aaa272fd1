// The element numbers of each stored legal provision among $ids.
UNWIND $ids AS id
MATCH (p:LegalProvision {id: id})
OPTIONAL MATCH (p)-[:HAS_ELEMENT]->(e:Element)
RETURN p.id AS id, collect(e.number) AS numbers
