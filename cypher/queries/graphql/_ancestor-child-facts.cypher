// For each organisation `o`: its subordinations as child (the facts through :CHILD, each with the
// records it links, as graphql/facts-by-target/child brings them), and those of every organisation
// up to three levels above it, one row per organisation. The bound is written out (a quantified
// path's must be); beyond it the next level asks again. Records of the types $projection names
// come as the list of those properties' values (src/storage/records/projected.ts).
MATCH (o) ((:Record)<-[:CHILD]-(:Record)-[:PARENT]->(:Record)){0,3} (a:Record)
WITH DISTINCT a
RETURN a.id AS id, [(a)<-[:CHILD]-(f:Record) | {
  fact: @projected(f),
  linked: [(f)-->(l:Record) WHERE l <> a | @projected(l)]
}] AS facts
