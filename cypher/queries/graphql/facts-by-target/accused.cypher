// Fact records pointing at each target among $ids through :ACCUSED (DataLoader batch). One file per
// relationship type, so Neo4j expands only :ACCUSED relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:ACCUSED]-(f:Record)
RETURN id, collect(f {.*}) AS facts
