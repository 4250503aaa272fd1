// Fact records pointing at each target among $ids through :TO (DataLoader batch). One file per
// relationship type, so Neo4j expands only :TO relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:TO]-(f:Record)
RETURN id, collect(f {.*}) AS facts
