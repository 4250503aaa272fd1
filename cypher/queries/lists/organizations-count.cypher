// How many organisations match the filter of lists/organizations.cypher.
MATCH (o:Organization)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($country IS NULL OR o.country = $country)
RETURN count(o) AS count
