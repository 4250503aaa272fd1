// One hop of an export selection (src/domain/exports/selection/seeds.ts) for the whole frontier $ids at
// once: every fact pointing at a frontier record, once, with everything it points at (`ends`) and
// the grades of its citations. Only the model's link relationship types are followed: never
// citations, elements or contradictions. The caller filters (dates, grade, kinds, protection).
UNWIND $ids AS id
MATCH (:Record {id: id})<-[:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]-(x:Fact)
WITH DISTINCT x
RETURN x.id AS id, x.recordType AS recordType, x.startDateMin AS startDateMin, x.endDateMax AS endDateMax,
       COLLECT {
         MATCH (x)-[r:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]->(o:Record)
         RETURN {rel: type(r), id: o.id, recordType: o.recordType, protection: o.protection,
                 startDateMin: o.startDateMin, startDateMax: o.startDateMax, endDateMax: o.endDateMax}
       } AS ends,
       COLLECT {
         MATCH (s:Source)-[c:CITED_FOR]->(x)
         RETURN {reliability: s.reliability, credibility: c.credibility}
       } AS citations
