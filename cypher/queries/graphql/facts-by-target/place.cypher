// Fact records pointing at each target among $ids through :PLACE (DataLoader batch). One file per
// relationship type, so Neo4j expands only :PLACE relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:PLACE]-(f:Record)
RETURN id, collect(f {.*}) AS facts
