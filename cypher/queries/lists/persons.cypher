// A page of persons by name (a pseudonym for viewers without clearance), after the cursor. The filter is the same as lists/persons-count.cypher.
// A posting counts at a date when it possibly holds then (its widest reading).
// A cursor may carry only the id (when its key would show a protected name): the key is then that record's.
OPTIONAL MATCH (after:Person {id: $afterId})
WITH toLower(CASE WHEN $cleared OR coalesce(after.protection, 'NONE') = 'NONE' THEN after.name ELSE coalesce(after.pseudonym, '') END) AS afterKeyById
WITH coalesce($afterKey, afterKeyById) AS afterKey
MATCH (p:Person)
// Without clearance ($cleared false) a withheld person does not exist.
WHERE ($cleared OR coalesce(p.protection, 'NONE') <> 'WITHHOLD')
  // Citizenship is hidden with the rest of a protected identity: without clearance it matches only unprotected persons.
  AND ($citizenship IS NULL OR (($cleared OR coalesce(p.protection, 'NONE') = 'NONE') AND $citizenship IN coalesce(p.citizenship, [])))
  AND ($organizationId IS NULL OR EXISTS {
    MATCH (p)<-[:PERSON]-(post:Posting)-[:ORGANIZATION]->(:Organization {id: $organizationId})
    WHERE ($atLatest IS NULL OR post.startDateMin IS NULL OR post.startDateMin <= $atLatest)
      AND ($atEarliest IS NULL OR post.endDateMax IS NULL OR post.endDateMax >= $atEarliest)
  })
  AND ($sideRoles IS NULL OR EXISTS { MATCH (p)<-[:ACTOR]-(part:Participation) WHERE part.role IN $sideRoles })
// Without clearance a pseudonymised person sorts (and is cursored) by the pseudonym, never the name.
WITH p, toLower(CASE WHEN $cleared OR coalesce(p.protection, 'NONE') = 'NONE' THEN p.name ELSE coalesce(p.pseudonym, '') END) AS key
WHERE $afterId IS NULL OR key > afterKey OR (key = afterKey AND p.id > $afterId)
RETURN p {.*} AS node, key
ORDER BY key, p.id
LIMIT $fetch
