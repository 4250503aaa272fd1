// How many events start (possibly) within [$from, $to] and are of $types.
MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  AND ($from IS NULL OR e.startDateMax >= $from)
  AND ($to IS NULL OR e.startDateMin <= $to)
RETURN count(e) AS count
