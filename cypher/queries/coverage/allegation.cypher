// Everything the element coverage of allegation $allegationId reads, in one round trip: the
// allegation and its citations, its accused (and, for a person, their postings with citations),
// its provision's elements, the provision of its mode of liability (the article $modeArticles
// gives for its mode, of an instrument named like $instrument), and its events with their perpetrator-side participations
// ($perpetratorRoles), each with citations.
MATCH (a:Allegation {id: $allegationId})-[:PROVISION]->(lp:LegalProvision)
MATCH (a)-[:ACCUSED]->(accused)
WITH a, lp, accused,
     COLLECT {
       MATCH (src:Source)-[c:CITED_FOR]->(a)
       // @include coverage/_citation
     } AS citations,
     COLLECT {
       MATCH (lp)-[:HAS_ELEMENT]->(el:Element)
       WITH el ORDER BY el.position
       RETURN el {.number, .text, .kind, .footnotes}
     } AS elements,
     COLLECT {
       MATCH (mp:LegalProvision)
       WHERE mp.article = $modeArticles[a.mode] AND mp.instrument CONTAINS $instrument
       WITH mp ORDER BY mp.id LIMIT 1
       RETURN {id: mp.id, article: mp.article, elements: COLLECT {
         MATCH (mp)-[:HAS_ELEMENT]->(el:Element)
         WITH el ORDER BY el.position
         RETURN el {.number, .text, .kind, .footnotes}
       }}
     } AS modeProvisions,
     COLLECT {
       MATCH (accused:Person)<-[:PERSON]-(po:Posting)-[:ORGANIZATION]->(o:Organization)
       WITH po, o ORDER BY po.id
       RETURN {postingId: po.id, organizationId: o.id, organizationName: coalesce(o.shortName, o.name), role: po.role, title: po.title,
               startDate: po.startDate, endDate: po.endDate, citations: COLLECT {
                 MATCH (src:Source)-[c:CITED_FOR]->(po)
                 // @include coverage/_citation
               }}
     } AS postings,
     COLLECT {
       MATCH (a)-[:EVENTS]->(e:Event)
       WITH e ORDER BY e.startDateMin, e.id
       RETURN {id: e.id, title: e.title, eventType: e.eventType, startDate: e.startDate, endDate: e.endDate,
               participations: COLLECT {
                 MATCH (e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(actor)
                 WHERE any(r IN $perpetratorRoles WHERE r = p.role) AND (actor:Person OR actor:Organization)
                 WITH p, actor ORDER BY p.id
                 RETURN {participationId: p.id, role: p.role, actorId: actor.id,
                         actorType: CASE WHEN actor:Person THEN 'Person' ELSE 'Organization' END,
                         actorName: coalesce(actor.shortName, actor.name), citations: COLLECT {
                           MATCH (src:Source)-[c:CITED_FOR]->(p)
                           // @include coverage/_citation
                         }}
               }}
     } AS events
RETURN a.id AS id, a.mode AS mode, a.description AS description,
       {id: accused.id, recordType: accused.recordType} AS accused,
       {id: lp.id, article: lp.article, instrument: lp.instrument, elements: elements} AS provision,
       head(modeProvisions) AS modeProvision, citations, postings, events
