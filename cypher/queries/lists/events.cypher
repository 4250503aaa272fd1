// A page of events in start-date order (undated last), after the cursor ($afterKey, $afterId).
// The filter is the same as lists/events-count.cypher.
// A cursor may carry only the id (when its key would show a protected name): the key is then that record's.
OPTIONAL MATCH (after:Event {id: $afterId})
WITH coalesce($afterKey, coalesce(after.startDateMin, '9999-12-31')) AS afterKey
MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  AND ($from IS NULL OR e.startDateMax >= $from)
  AND ($to IS NULL OR e.startDateMin <= $to)
  AND ($trials IS NULL OR (e:Trial) = $trials)
  AND ($inAbsentia IS NULL OR (e:Trial AND coalesce(e.inAbsentia, false) = $inAbsentia))
  AND ($targetedGroup IS NULL OR any(g IN coalesce(e.targetedGroups, []) WHERE toLower(g) = toLower($targetedGroup)))
  AND ($country IS NULL OR EXISTS { (e)-[:PLACE]->(:Place {country: $country}) })
  AND ($organizationId IS NULL OR EXISTS { (e)<-[:EVENT]-(:Participation)-[:ACTOR]->(:Organization {id: $organizationId}) })
  AND ($personId IS NULL OR EXISTS { (e)<-[:EVENT]-(:Participation)-[:ACTOR]->(:Person {id: $personId}) })
WITH e, coalesce(e.startDateMin, '9999-12-31') AS key
WHERE $afterId IS NULL OR key > afterKey OR (key = afterKey AND e.id > $afterId)
RETURN e {.*} AS node, key
ORDER BY key, e.id
LIMIT $fetch
