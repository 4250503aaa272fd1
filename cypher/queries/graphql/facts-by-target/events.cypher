// Fact records pointing at each target among $ids through :EVENTS (DataLoader batch). One file per
// relationship type, so Neo4j expands only :EVENTS relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:EVENTS]-(f:Record)
RETURN id, collect(f {.*}) AS facts
