// The end of every event list query: the page after the cursor in start-date order (undated last),
// and, when the client asked for them ($withParticipants), each event's facts through :EVENT with
// the records they link (as graphql/facts-by-target/event returns them), so the page and its
// participants with their actors cost one round trip. Computed for the page's rows only.
WITH e, coalesce(e.startDateMin, '9999-12-31') AS key
WHERE $afterId IS NULL OR key > afterKey OR (key = afterKey AND e.id > $afterId)
WITH e, key
ORDER BY key, e.id
LIMIT $fetch
RETURN e {.*} AS node, key,
       CASE WHEN $withParticipants THEN [(e)<-[:EVENT]-(f:Record) | {fact: f {.*}, linked: [(f)-->(l:Record) WHERE l <> e | l {.*}]}] END AS facts
ORDER BY key, e.id
