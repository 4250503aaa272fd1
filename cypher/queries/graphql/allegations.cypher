// Allegations, optionally against one accused and/or under one provision, by id.
MATCH (a:Allegation)
WHERE ($accusedId IS NULL OR a.accused = $accusedId)
  AND ($provisionId IS NULL OR a.provision = $provisionId)
RETURN a {.*} AS allegation
ORDER BY a.id
LIMIT 1000
