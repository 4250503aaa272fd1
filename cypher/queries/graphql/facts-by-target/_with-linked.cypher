// The DataLoader batch of facts by target: one file per relationship type (so Neo4j expands only
// that type from each target, not all of a busy organisation's relationships) ending with this.
// Each fact comes with the records it links (its person, organisation, event, actor…), so the
// loader primes the node loader with them and resolving a fact's links costs no round trip. A fact
// links two to four records; citations point into facts, so `-->` does not follow them. The target
// `t` itself is left out: it is already loaded, and an event's text would come once per participant.
WITH id, f, [(f)-->(l:Record) WHERE l <> t | l {.*}] AS linked
RETURN id, collect(f {.*}) AS facts, collect(linked) AS linked
