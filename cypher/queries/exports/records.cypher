// The records among $ids, with what a selection needs to place them (src/domain/exports/selection): type,
// protection (withheld persons), and the records each refers to through the model's link fields.
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN n.id AS id, n.recordType AS recordType, n.protection AS protection,
       COLLECT {
         MATCH (n)-[:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]->(o:Record)
         RETURN {id: o.id, recordType: o.recordType}
       } AS links
