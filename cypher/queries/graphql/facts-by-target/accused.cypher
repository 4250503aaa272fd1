// The facts pointing at each target among $ids through :ACCUSED, with their links (see _with-linked).
UNWIND $ids AS id
MATCH (t:Record {id: id})<-[:ACCUSED]-(f:Record)
// @include graphql/facts-by-target/_with-linked
