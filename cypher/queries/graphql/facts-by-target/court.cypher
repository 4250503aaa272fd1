// The facts pointing at each target among $ids through :COURT, with their links (see _with-linked).
UNWIND $ids AS id
MATCH (t:Record {id: id})<-[:COURT]-(f:Record)
// @include graphql/facts-by-target/_with-linked
