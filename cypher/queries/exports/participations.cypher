// Every participation in the events $ids, with its actor (type and protection for redaction).
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:EVENT]-(p:Participation)-[:ACTOR]->(a:Record)
RETURN p.id AS id, a.id AS actorId, a.recordType AS actorType, a.protection AS actorProtection
