// The direct references between entities around the frontier $ids (an event's PLACE, a trial's
// COURT, either way): the records on the other side, once, with what the filters need. PLACE and
// COURT are the model's only links from one entity to another (test/unit/export-selection.test.ts
// checks this against RECORD_TYPES), so the other links of a busy node are not scanned here.
UNWIND $ids AS id
MATCH (e:Record {id: id})-[:COURT|PLACE]-(y:Record)
WHERE NOT e:Fact AND NOT y:Fact
WITH DISTINCT y
RETURN y.id AS id, y.recordType AS recordType, y.protection AS protection,
       y.startDateMin AS startDateMin, y.startDateMax AS startDateMax, y.endDateMax AS endDateMax
