// A page of sources by id, after the cursor.
MATCH (s:Source)
WHERE $afterId IS NULL OR s.id > $afterId
RETURN s {.*} AS node, s.id AS key
ORDER BY s.id
LIMIT $fetch
