// The stored hash of entry $seq (no row: no such entry).
MATCH (a:_Audit {seq: $seq})
RETURN a.hash AS hash
