// Every protected person (PSEUDONYM or WITHHOLD) with the names a text might mention them by:
// loaded once per request for a viewer without clearance (src/domain/protection/protected-names.ts).
MATCH (p:Person)
WHERE p.protection IN ['PSEUDONYM', 'WITHHOLD']
RETURN p.id AS id, p.protection AS protection, p.name AS name, coalesce(p.aliases, []) AS aliases, p.pseudonym AS pseudonym
ORDER BY id
