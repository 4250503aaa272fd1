// Fact records pointing at each target among $ids through :ORGANIZATION (DataLoader batch). One file per
// relationship type, so Neo4j expands only :ORGANIZATION relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:ORGANIZATION]-(f:Record)
RETURN id, collect(f {.*}) AS facts
