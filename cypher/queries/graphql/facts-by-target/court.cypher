// Fact records pointing at each target among $ids through :COURT (DataLoader batch). One file per
// relationship type, so Neo4j expands only :COURT relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:COURT]-(f:Record)
RETURN id, collect(f {.*}) AS facts
