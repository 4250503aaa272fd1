// Fact records pointing at each target among $ids through :ACTOR (DataLoader batch). One file per
// relationship type, so Neo4j expands only :ACTOR relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:ACTOR]-(f:Record)
RETURN id, collect(f {.*}) AS facts
