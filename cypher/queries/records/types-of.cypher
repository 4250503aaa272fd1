// The record type of each stored id among $ids.
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN n.id AS id, n.recordType AS type
