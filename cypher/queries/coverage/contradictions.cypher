// Rival accounts of the facts among $ids: every record contradicting one of them, or contradicted
// by it (CONTRADICTS either way), with its citations and what names it.
UNWIND $ids AS id
MATCH (n:Record {id: id})-[:CONTRADICTS]-(other:Record)
WITH DISTINCT id, other
ORDER BY id, other.id
RETURN id AS contradictedId, other.id AS recordId, other.recordType AS recordType, other {.*} AS record,
       COLLECT {
         MATCH (src:Source)-[c:CITED_FOR]->(other)
         // @include coverage/_citation
       } AS citations
