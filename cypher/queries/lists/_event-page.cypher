// The end of every event list query: the page after the cursor in start-date order (undated last),
// up to its RETURN: the template goes on with the columns of lists/_event-columns, computed for the
// page's rows only, and orders the rows again by key and id.
WITH e, coalesce(e.startDateMin, '9999-12-31') AS key
WHERE $afterId IS NULL OR key > afterKey OR (key = afterKey AND e.id > $afterId)
WITH e, key
ORDER BY key, e.id
LIMIT $fetch
RETURN key,
