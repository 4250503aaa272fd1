// Fact records pointing at each target among $ids through :CHILD (DataLoader batch). One file per
// relationship type, so Neo4j expands only :CHILD relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:CHILD]-(f:Record)
RETURN id, collect(f {.*}) AS facts
