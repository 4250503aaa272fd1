// The trail newest first, optionally one actor's, one action's or one target's, before entry
// $before (a keyset cursor), $limit entries.
MATCH (a:_Audit)
WHERE ($before IS NULL OR a.seq < $before)
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($action IS NULL OR a.action = $action)
  AND ($target IS NULL OR a.target = $target)
RETURN a.seq AS seq, a.at AS at, a.actor AS actor, a.action AS action, a.target AS target,
       a.details AS details, a.prevHash AS prevHash, a.hash AS hash
ORDER BY a.seq DESC
LIMIT $limit
