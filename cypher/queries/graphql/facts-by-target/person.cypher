// Fact records pointing at each target among $ids through :PERSON (DataLoader batch). One file per
// relationship type, so Neo4j expands only :PERSON relationships instead of all of the target's.
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:PERSON]-(f:Record)
RETURN id, collect(f {.*}) AS facts
