// A page of persons by name, after the cursor. The filter is the same as lists/persons-count.cypher.
// A posting counts at a date when it possibly holds then (its widest reading).
MATCH (p:Person)
WHERE ($citizenship IS NULL OR $citizenship IN coalesce(p.citizenship, []))
  AND ($organizationId IS NULL OR EXISTS {
    MATCH (p)<-[:PERSON]-(post:Posting)-[:ORGANIZATION]->(:Organization {id: $organizationId})
    WHERE ($atLatest IS NULL OR post.startDateMin IS NULL OR post.startDateMin <= $atLatest)
      AND ($atEarliest IS NULL OR post.endDateMax IS NULL OR post.endDateMax >= $atEarliest)
  })
  AND ($sideRoles IS NULL OR EXISTS { MATCH (p)<-[:ACTOR]-(part:Participation) WHERE part.role IN $sideRoles })
WITH p, toLower(p.name) AS key
WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND p.id > $afterId)
RETURN p {.*} AS node, key
ORDER BY key, p.id
LIMIT $fetch
