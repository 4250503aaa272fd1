// How many events match the filter of lists/events-by-type-dated.cypher (the same index seek).
MATCH (e:Event)
WHERE e.eventType IN $types
  AND e.startDateMin >= $startFloor AND e.startDateMin <= $startCeiling
  // @include lists/_event-filter
RETURN count(e) AS count
