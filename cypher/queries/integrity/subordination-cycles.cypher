// Cycles of Subordination facts, child → parent → … → child, of 2 to 12 links (bounded: a longer
// cycle is not found). Each cycle comes back once: organisations on it are distinct, and it starts
// at the organisation with the smallest id. An organisation subordinate to itself (one link) is a
// self-loop, reported by the self-loop check. Every subordination counts, whatever its
// classification and dates: the caller says whether it is a COMMAND cycle and whether the links'
// intervals overlap.
MATCH (o:Organization)
MATCH ((o) ((:Organization)<-[:CHILD]-(s:Subordination)-[:PARENT]->(y:Organization)){2,12} (o))
WITH o, s, y
WHERE all(org IN y WHERE o.id <= org.id)
  AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..])
RETURN [org IN [o] + y[0..size(y) - 1] | org.id] AS organizations,
       [sub IN s | {id: sub.id, classification: sub.classification, startDate: sub.startDate, endDate: sub.endDate,
                    startDateMin: sub.startDateMin, startDateMax: sub.startDateMax,
                    endDateMin: sub.endDateMin, endDateMax: sub.endDateMax}] AS links
ORDER BY organizations
