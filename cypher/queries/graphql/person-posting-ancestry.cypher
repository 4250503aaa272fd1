// The subordinations of the organisations the person $id was posted to, and of their ancestors up
// to three levels above (see _ancestor-child-facts): asked beside graphql/person-postings-ahead
// when a selection climbs person → postings → organization → parents → parent → parents.
MATCH (:Record {id: $id})<-[:PERSON]-(:Record)-[:ORGANIZATION]->(org:Record)
WITH DISTINCT org AS o
// @include graphql/_ancestor-child-facts
