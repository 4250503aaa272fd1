// A page of every record's id and type, in id order after $after (keyset paging over the unique
// record id index): the `all` export selection reads the whole graph's ids this way.
MATCH (n:Record)
WHERE n.id > $after
RETURN n.id AS id, n.recordType AS recordType
ORDER BY n.id
LIMIT $limit
