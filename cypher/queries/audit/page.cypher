// The entries after $after in chain order, $limit at a time (audit verify walks the whole trail).
MATCH (a:_Audit)
WHERE a.seq > $after
RETURN a.seq AS seq, a.at AS at, a.actor AS actor, a.action AS action, a.target AS target,
       a.details AS details, a.prevHash AS prevHash, a.hash AS hash
ORDER BY a.seq
LIMIT $limit
