// The records a traversal starts from or ends at (seeds of a neighbourhood, ends of a path): entities
// and legal provisions among $ids. Protection is applied by the caller (src/domain/subgraph).
UNWIND $ids AS id
MATCH (n:Record {id: id})
WHERE n:Entity OR n:LegalProvision
RETURN n {.*} AS node
