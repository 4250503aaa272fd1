// Closing an export over references (src/domain/exports/selection/closure.ts), for a chunk of $ids: each
// record's type and protection, the records it refers to (the model's link fields), the Sources
// citing it, and its rival accounts (CONTRADICTS, either way).
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN n.id AS id, n.recordType AS recordType, n.protection AS protection,
       COLLECT {
         MATCH (n)-[:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]->(o:Record)
         RETURN o.id
       } AS refs,
       COLLECT { MATCH (s:Source)-[:CITED_FOR]->(n) RETURN DISTINCT s.id } AS sources,
       COLLECT { MATCH (n)-[:CONTRADICTS]-(o:Record) RETURN DISTINCT o.id } AS rivals
