// Ranked full-text search over entity names. $index is entity_search (what users without
// clearance may match) or entity_search_cleared; $types filters by record type.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
WHERE $types IS NULL OR node.recordType IN $types
RETURN node {.*} AS node, score
ORDER BY score DESC, node.id
LIMIT $limit
