// The DataLoader batch of facts by target: the facts pointing at each target among $ids through
// one relationship type. One query per type (graphql/facts-by-target/person, …/accused, …), so
// Neo4j expands only that type from each target, not all of a busy organisation's relationships,
// where filtering on `type(r) = $rel` expanded them all first.
// Each fact comes with the records it links (its person, organisation, event, actor…), so the
// loader primes the node loader with them and resolving a fact's links costs no round trip. A fact
// links two to four records; citations point into facts, so `-->` does not follow them. The target
// `t` itself is left out: it is already loaded, and an event's text would come once per participant.
// @each REL in ACCUSED ACTOR CHILD COURT EVENT EVENTS FROM ORGANIZATION PARENT PERSON PLACE PROVISION TO
UNWIND $ids AS id
MATCH (t:Record {id: id})<-[:@REL]-(f:Record)
WITH id, f, [(f)-->(l:Record) WHERE l <> t | l {.*}] AS linked
RETURN id, collect(f {.*}) AS facts, collect(linked) AS linked
