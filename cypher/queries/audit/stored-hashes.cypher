// The stored hash of each of $ids before an import batch writes them (null: not stored yet), so
// the batch's audit entry can say which records it created, updated or left unchanged.
UNWIND $ids AS id
OPTIONAL MATCH (n:Record {id: id})
RETURN id, n._hash AS hash
