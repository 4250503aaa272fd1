// Facts whose two ends are one node, e.g. an organisation subordinate to itself or an event linked
// to itself. $loops: [{type, fromField, fromRel, toField, toRel}], the pairs of single references
// of a record type that may name the same record (derived from RECORD_TYPES).
UNWIND $loops AS loop
MATCH (n:Record)-[a]->(t)<-[b]-(n)
WHERE n.recordType = loop.type AND type(a) = loop.fromRel AND type(b) = loop.toRel
RETURN n.id AS id, n.recordType AS type, loop.fromField AS fromField, loop.toField AS toField, t.id AS targetId
ORDER BY id, fromField
