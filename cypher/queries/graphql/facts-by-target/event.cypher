// The facts pointing at each target among $ids through :EVENT, with their links (see _with-linked).
UNWIND $ids AS id
MATCH (t:Record {id: id})<-[:EVENT]-(f:Record)
// @include graphql/facts-by-target/_with-linked
