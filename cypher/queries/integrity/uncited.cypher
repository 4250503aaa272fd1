// Records of the $types that must be cited (every type whose records carry `sources`) that no
// Source cites: a fact or entity nobody vouches for.
MATCH (n:Record)
WHERE n.recordType IN $types AND NOT EXISTS { (:Source)-[:CITED_FOR]->(n) }
RETURN n.id AS id, n.recordType AS type
ORDER BY id
