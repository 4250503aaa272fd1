// lists/events.cypher when the filter names event types and a date window ($types is never null,
// $from or $to is given): the same page, but the types and the start range stand alone, so Neo4j
// seeks the composite index event_type_start (migration 0005) instead of scanning every :Event.
// $startFloor..$startCeiling is redundant with the exact conditions below and never narrower:
// a partial start date lies within one calendar year, so an event whose latest start day reaches
// $from starts no earlier than 1 January of $from's year ($startFloor); $startCeiling is $to, or
// the end of time when only $from is given. Undated events meet no window, here as there.
OPTIONAL MATCH (after:Event {id: $afterId})
WITH coalesce($afterKey, coalesce(after.startDateMin, '9999-12-31')) AS afterKey
MATCH (e:Event)
WHERE e.eventType IN $types
  AND e.startDateMin >= $startFloor AND e.startDateMin <= $startCeiling
  // @include lists/_event-filter
// Two queries from this file: <name>/page ends with the page alone, <name>/counted with the filter's count beside it.
// @each PAGE in page counted
// @include lists/_event-@PAGE
// @include lists/_event-columns
ORDER BY key, e.id
