// Fact records pointing at each target among $ids through :PROVISION (DataLoader batch). One file per
// relationship type, so Neo4j expands only :PROVISION relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:PROVISION]-(f:Record)
RETURN id, collect(f {.*}) AS facts
