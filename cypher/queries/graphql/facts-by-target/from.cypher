// Fact records pointing at each target among $ids through :FROM (DataLoader batch). One file per
// relationship type, so Neo4j expands only :FROM relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:FROM]-(f:Record)
RETURN id, collect(f {.*}) AS facts
