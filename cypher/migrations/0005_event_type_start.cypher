// A composite range index behind lists/events-by-type-dated: the usual event list filter (some
// event types within a date window) becomes one index seek on the types and the start range,
// where the single-property indexes of 0003 left Neo4j reading every event of those types.
CREATE INDEX event_type_start IF NOT EXISTS FOR (n:Event) ON (n.eventType, n.startDateMin);
