// A page of events in start-date order (undated last), after the cursor ($afterKey, $afterId).
// The filter is the same as lists/events-count.cypher.
// A cursor may carry only the id (when its key would show a protected name): the key is then that record's.
OPTIONAL MATCH (after:Event {id: $afterId})
WITH coalesce($afterKey, coalesce(after.startDateMin, '9999-12-31')) AS afterKey
MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  // @include lists/_event-filter
// Two queries from this file: <name>/page ends with the page alone, <name>/counted with the filter's count beside it.
// @each PAGE in page counted
// @include lists/_event-@PAGE
// @include lists/_event-columns
ORDER BY key, e.id
