// Fact records pointing at each target among $ids through :PARENT (DataLoader batch). One file per
// relationship type, so Neo4j expands only :PARENT relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:PARENT]-(f:Record)
RETURN id, collect(f {.*}) AS facts
