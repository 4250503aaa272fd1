// The database's state marker: the hash of the last audit entry that changed data. Exports are
// audited too but change nothing, so they are skipped: two exports of the same data carry the same
// marker. (No row: nothing was ever written through the service.)
MATCH (a:_Audit)
WHERE a.action <> 'export'
RETURN a.hash AS hash
ORDER BY a.seq DESC
LIMIT 1
