// Event counts grouped by one dimension ($dimension), over events starting (possibly) within
// [$from, $to] and of $types. An event counts once in each of its keys.
MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  AND ($from IS NULL OR e.startDateMax >= $from)
  AND ($to IS NULL OR e.startDateMin <= $to)
WITH e, coalesce(e.victimCount, COUNT { (e)<-[:EVENT]-(v:Participation) WHERE v.role IN ['VICTIM', 'DEFENDANT'] }) AS victims
CALL (e) {
  WITH e WHERE $dimension = 'EVENT_TYPE'
  RETURN [e.eventType] AS keys
  UNION
  WITH e WHERE $dimension = 'MONTH'
  RETURN [CASE WHEN e.startDate IS NULL THEN 'undated' WHEN size(e.startDate) = 4 THEN e.startDate + '-??' ELSE substring(e.startDate, 0, 7) END] AS keys
  UNION
  WITH e WHERE $dimension = 'YEAR'
  RETURN [CASE WHEN e.startDate IS NULL THEN 'undated' ELSE substring(e.startDate, 0, 4) END] AS keys
  UNION
  WITH e WHERE $dimension = 'ORGANIZATION'
  RETURN COLLECT { MATCH (e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(o:Organization) WHERE p.role IN $perpetratorRoles RETURN DISTINCT o.id } AS keys
  UNION
  WITH e WHERE $dimension = 'TARGETED_GROUP'
  RETURN [g IN coalesce(e.targetedGroups, []) | toLower(g)] AS keys
  UNION
  WITH e WHERE $dimension = 'COUNTRY'
  RETURN COLLECT { MATCH (e)-[:PLACE]->(pl:Place) WHERE pl.country IS NOT NULL RETURN DISTINCT pl.country } AS keys
}
UNWIND CASE WHEN size(keys) = 0 THEN ['(none)'] ELSE keys END AS key
RETURN key, count(DISTINCT e) AS events, sum(victims) AS victims
ORDER BY events DESC, key
