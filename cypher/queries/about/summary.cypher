CALL () { MATCH (n:Record) RETURN count(n) AS records }
CALL () { MATCH (m:_Migration) WITH m ORDER BY m.id RETURN collect(m.id) AS migrations }
RETURN records, migrations
