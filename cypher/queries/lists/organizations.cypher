// A page of organisations by name, after the cursor. The filter is the same as lists/organizations-count.cypher.
// A cursor may carry only the id (when its key would show a protected name): the key is then that record's.
OPTIONAL MATCH (after:Organization {id: $afterId})
WITH coalesce($afterKey, toLower(after.name)) AS afterKey
MATCH (o:Organization)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($country IS NULL OR o.country = $country)
WITH o, toLower(o.name) AS key
WHERE $afterId IS NULL OR key > afterKey OR (key = afterKey AND o.id > $afterId)
RETURN o {.*} AS node, key
ORDER BY key, o.id
LIMIT $fetch
