// The event list's filter after its first condition (included by the lists/events* queries, so
// a page and its count always match the same events). Every argument is optional: null drops it.
  AND ($from IS NULL OR e.startDateMax >= $from)
  AND ($to IS NULL OR e.startDateMin <= $to)
  AND ($trials IS NULL OR (e:Trial) = $trials)
  AND ($inAbsentia IS NULL OR (e:Trial AND coalesce(e.inAbsentia, false) = $inAbsentia))
  AND ($targetedGroup IS NULL OR any(g IN coalesce(e.targetedGroups, []) WHERE toLower(g) = toLower($targetedGroup)))
  AND ($country IS NULL OR EXISTS { (e)-[:PLACE]->(:Place {country: $country}) })
  AND ($organizationId IS NULL OR EXISTS { (e)<-[:EVENT]-(:Participation)-[:ACTOR]->(:Organization {id: $organizationId}) })
  AND ($personId IS NULL OR EXISTS { (e)<-[:EVENT]-(:Participation)-[:ACTOR]->(:Person {id: $personId}) })
