// Citations (CITED_FOR) whose citing node is not a Source: they vouch for nothing.
MATCH (s)-[c:CITED_FOR]->(n)
WHERE NOT s:Source
RETURN n.id AS id, n.recordType AS type, s.id AS citingId, s.recordType AS citingType, labels(s) AS citingLabels, c.locator AS locator
ORDER BY id, citingId
