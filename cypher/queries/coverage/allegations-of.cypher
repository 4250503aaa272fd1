// The allegations against $accusedId, by id: the rows of its case matrix. `found`: whether the accused exists.
OPTIONAL MATCH (accused:Record {id: $accusedId})
WHERE accused:Person OR accused:Organization
RETURN accused IS NOT NULL AS found, accused.recordType AS recordType,
       COLLECT { MATCH (accused)<-[:ACCUSED]-(a:Allegation) RETURN a.id ORDER BY a.id } AS allegationIds
