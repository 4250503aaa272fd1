// Fact records pointing at each target through one relationship type, e.g. the Postings whose
// PERSON is each of $ids (DataLoader batch; $rel is a relationship type from the model).
UNWIND $ids AS id
MATCH (t:Record {id: id})<-[r]-(f:Record)
WHERE type(r) = $rel
RETURN id, collect(f {.*}) AS facts
