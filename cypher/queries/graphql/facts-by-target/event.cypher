// Fact records pointing at each target among $ids through :EVENT (DataLoader batch). One file per
// relationship type, so Neo4j expands only :EVENT relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:EVENT]-(f:Record)
RETURN id, collect(f {.*}) AS facts
