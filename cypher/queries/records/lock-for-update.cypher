// An update's hold on its record, inside the update's transaction: setting a property takes the
// node's write lock, so concurrent updates of one record apply one after the other. No row: no record.
MATCH (n:Record {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n.recordType AS type
