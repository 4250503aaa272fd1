// The first step of an append, inside the audited change's transaction: the head (created on the
// first append), write-locked until the transaction ends, so appends apply one after the other;
// its number and hash are read after the lock is held, so they are the last committed ones.
MERGE (h:_AuditHead {id: 'head'})
ON CREATE SET h.seq = 0, h.hash = $genesis
SET h._lock = true
REMOVE h._lock
RETURN h.seq AS seq, h.hash AS hash
