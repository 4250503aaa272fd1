// How many events match the filter of lists/events-by-type.cypher ($types is never null here):
// an index seek on the types, as there.
MATCH (e:Event)
WHERE e.eventType IN $types
  // @include lists/_event-filter
RETURN count(e) AS count
