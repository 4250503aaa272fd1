MATCH (n:Record) RETURN count(n) AS count
