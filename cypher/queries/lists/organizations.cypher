// A page of organisations by name, after the cursor. The filter is the same as lists/organizations-count.cypher.
MATCH (o:Organization)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($country IS NULL OR o.country = $country)
WITH o, toLower(o.name) AS key
WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND o.id > $afterId)
RETURN o {.*} AS node, key
ORDER BY key, o.id
LIMIT $fetch
