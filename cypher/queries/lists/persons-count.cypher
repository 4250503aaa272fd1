// How many persons match the filter of lists/persons.cypher.
// A posting counts at a date when it possibly holds then (its widest reading).
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
RETURN count(p) AS count
