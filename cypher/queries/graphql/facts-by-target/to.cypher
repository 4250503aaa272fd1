// The facts pointing at each target among $ids through :TO, with their links (see _with-linked).
UNWIND $ids AS id
MATCH (t:Record {id: id})<-[:TO]-(f:Record)
// @include graphql/facts-by-target/_with-linked
