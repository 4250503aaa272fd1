// Any records by id (DataLoader batch).
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN id, n {.*} AS node
