// The reference links of every record that break the model. $rules maps a record type to its
// references [{field, rel, targets, many, required}] (derived from RECORD_TYPES and the records v1
// schemas). Returned: a required reference with no link, a single reference with several links,
// and links whose target is not a record with an id (dangling) or is a record of a type the field
// may not name. Relationship types cannot be parameters, hence `type(r) = rule.rel`.
MATCH (n:Record)
WHERE n.recordType IN keys($rules)
UNWIND $rules[n.recordType] AS rule
CALL (n, rule) {
  OPTIONAL MATCH (n)-[r]->(t)
  WHERE type(r) = rule.rel
  RETURN count(r) AS links,
         collect(CASE WHEN t IS NOT NULL AND (NOT t:Record OR t.id IS NULL OR NOT coalesce(t.recordType IN rule.targets, false))
                      THEN {id: t.id, recordType: t.recordType, isRecord: t:Record AND t.id IS NOT NULL, labels: labels(t)} END) AS bad
}
WITH n, rule, links, bad
WHERE (rule.required AND links = 0) OR (NOT rule.many AND links > 1) OR size(bad) > 0
RETURN n.id AS id, n.recordType AS type, rule.field AS field, rule.rel AS rel, rule.targets AS targets,
       rule.required AS required, rule.many AS many, links, bad
ORDER BY id, field
