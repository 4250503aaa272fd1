// lists/events.cypher when the filter names event types ($types is never null here): the same
// page, but `e.eventType IN $types` stands alone, so Neo4j seeks the event_type index (0003)
// instead of scanning every :Event ("$types IS NULL OR …" defeats any index).
// The other conditions are those of lists/events.cypher.
OPTIONAL MATCH (after:Event {id: $afterId})
WITH coalesce($afterKey, coalesce(after.startDateMin, '9999-12-31')) AS afterKey
MATCH (e:Event)
WHERE e.eventType IN $types
  // @include lists/_event-filter
// Two queries from this file: <name>/page ends with the page alone, <name>/counted with the filter's count beside it.
// @each PAGE in page counted
// @include lists/_event-@PAGE
// @include lists/_event-columns
ORDER BY key, e.id
