// The entries of one transaction (numbered and hashed by src/domain/audit/chain.ts) and the head moved
// to the last of them. The head is locked by audit/lock-head in the same transaction.
MATCH (h:_AuditHead {id: 'head'})
SET h.seq = $seq, h.hash = $hash
WITH h
UNWIND $entries AS e
CREATE (a:_Audit {seq: e.seq, at: e.at, actor: e.actor, action: e.action, target: e.target, details: e.details, prevHash: e.prevHash, hash: e.hash})
RETURN count(a) AS appended
