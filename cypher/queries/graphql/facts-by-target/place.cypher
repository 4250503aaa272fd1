// The facts pointing at each target among $ids through :PLACE, with their links (see _with-linked).
UNWIND $ids AS id
MATCH (t:Record {id: id})<-[:PLACE]-(f:Record)
// @include graphql/facts-by-target/_with-linked
