// Three levels of the walk upward in one round trip: the COMMAND subordinations (see
// _command-parent-links) of the organisations $orgIds and of those up to two levels above them
// through such subordinations. A superset of what the walk follows (it decides validity, grades
// and the depth bound in TS); an organisation that appears as child has all its links here.
UNWIND $orgIds AS orgId
MATCH (start:Organization {id: orgId})
MATCH (start) ((:Organization)<-[:CHILD]-(l:Subordination)-[:PARENT]->(:Organization)
    WHERE coalesce(l.classification, '') = 'COMMAND'
      AND (l.startDateMin IS NULL OR l.startDateMin <= $atLatest)
      AND (l.endDateMax IS NULL OR l.endDateMax >= $atEarliest)){0,2} (o:Organization)
WITH DISTINCT o
// @include chain/_command-parent-links
