// Nodes that break the shape every query relies on: a Record without an id, or whose recordType
// the model does not know, or whose labels are not exactly `Record` plus its type's labels; a node
// carrying a record label (Person, Posting, Fact…) without `Record`. $labels maps each record type
// to its labels; $recordLabels lists every label a record type uses.
MATCH (n)
WHERE n:Record OR any(l IN labels(n) WHERE l IN $recordLabels)
WITH n, CASE WHEN n.recordType IS :: STRING NOT NULL THEN $labels[n.recordType] END AS expected
WHERE NOT n:Record OR n.id IS NULL OR expected IS NULL
   OR size(labels(n)) <> size(expected) + 1 OR any(l IN expected WHERE NOT l IN labels(n))
RETURN n.id AS id, n.recordType AS type, labels(n) AS labels, expected, n:Record AS isRecord
ORDER BY id
