// The audit trail (src/audit): one (:_Audit) node per entry, numbered 1, 2, 3… in a hash chain,
// and one (:_AuditHead {id: 'head'}) node holding the last entry's number and hash. The head's
// write lock serialises appends, so the chain stays linear under concurrent writers.
CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (n:_Audit) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (n:_AuditHead) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_actor IF NOT EXISTS FOR (n:_Audit) ON (n.actor);
CREATE INDEX audit_action IF NOT EXISTS FOR (n:_Audit) ON (n.action);
CREATE INDEX audit_target IF NOT EXISTS FOR (n:_Audit) ON (n.target);
