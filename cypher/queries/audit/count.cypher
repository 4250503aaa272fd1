// How many entries audit/list would page through under the same filter.
MATCH (a:_Audit)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($action IS NULL OR a.action = $action)
  AND ($target IS NULL OR a.target = $target)
RETURN count(a) AS count
