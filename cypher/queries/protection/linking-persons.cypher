// The records that refer to any of the persons $ids through a link field (postings,
// participations, allegations accusing them): what an export leaves out with a withheld person.
UNWIND $ids AS id
MATCH (:Person {id: id})<-[:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]-(x:Record)
RETURN DISTINCT x.id AS id
