// The end of an event list query when the client asked for its totalCount too (the `counted`
// variant of each lists/events* template; `page` ends with lists/_event-page): the same page, and on
// each row `total`, how many events the filter matches wherever the cursor is, so the page and its
// count cost one statement and one pass over the matching events instead of two queries. Every
// matching event is sorted here, where _event-page lets Neo4j keep only the page's top rows, which is
// why a list whose count is not asked keeps _event-page. An empty page is one row with a null node,
// so the total still comes back. It stops at its RETURN, as _event-page does: the template goes on
// with the columns of lists/_event-columns.
WITH e, afterKey, coalesce(e.startDateMin, '9999-12-31') AS key
ORDER BY key, e.id
WITH count(*) AS total,
     collect(CASE WHEN $afterId IS NULL OR key > afterKey OR (key = afterKey AND e.id > $afterId) THEN {e: e, key: key} END)[..$fetch] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS row
WITH total, row.e AS e, row.key AS key
RETURN key, total,
