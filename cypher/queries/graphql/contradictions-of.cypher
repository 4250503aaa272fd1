// Records contradicting, or contradicted by, each record among $ids (DataLoader batch), by id so
// rival accounts are listed in the same order on every request.
UNWIND $ids AS id
MATCH (n:Record {id: id})-[:CONTRADICTS]-(other:Record)
WITH DISTINCT id, other ORDER BY other.id
RETURN id, collect(other {.*}) AS others
