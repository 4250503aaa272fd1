// Records contradicting, or contradicted by, each record among $ids (DataLoader batch).
UNWIND $ids AS id
MATCH (n:Record {id: id})-[:CONTRADICTS]-(other:Record)
RETURN id, collect(DISTINCT other {.*}) AS others
