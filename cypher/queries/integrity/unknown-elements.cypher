// An Allegation's citations that name an element its legal provision does not have.
MATCH (s:Source)-[c:CITED_FOR]->(a:Allegation)-[:PROVISION]->(p:LegalProvision)
WHERE c.element IS NOT NULL
WITH s, c, a, p, [(p)-[:HAS_ELEMENT]->(e:Element) | e.number] AS numbers
WHERE NOT c.element IN numbers
RETURN a.id AS id, a.recordType AS type, s.id AS sourceId, c.locator AS locator, c.element AS element, p.id AS provisionId, numbers
ORDER BY id, sourceId, element
