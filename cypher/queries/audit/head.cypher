// The head of the audit trail: the last entry's number and hash (no row: no head).
MATCH (h:_AuditHead {id: 'head'})
RETURN h.seq AS seq, h.hash AS hash
