// The subordinations of each organisation among $ids and of its ancestors up to three levels above
// (see _ancestor-child-facts). Asked when a client's selection climbs several levels of parents,
// so the levels cost one round trip.
UNWIND $ids AS id
MATCH (o:Record {id: id})
// @include graphql/_ancestor-child-facts
