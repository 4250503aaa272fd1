// How many events match the filter of lists/events.cypher.
MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  // @include lists/_event-filter
RETURN count(e) AS count
