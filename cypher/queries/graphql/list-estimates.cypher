// How long the lists of the API run on this data, for the query cost limit
// (src/entry/graphql/limits/list-estimates.ts): for each list without a bound in its arguments, the
// 90th percentile of its length (percentileDisc: by nearest rank) over the records it hangs off
// (a participation's event, a posting's person…), one row of named numbers. The caller rounds
// up; null means there is nothing to measure (no records of that kind yet).
// Counts go through relationship types the model gives one meaning (an :EVENT relationship always
// comes from a participation), so Neo4j reads degrees instead of expanding where it can.
// $perpetratorRoles and $commandRoles come from src/foundations/model/enums.ts.
CALL () {
  MATCH (e:Event)
  RETURN percentileDisc(COUNT { (e)<-[:EVENT]-() }, 0.9) AS participantsPerEvent,
         percentileDisc(COUNT { (e)<-[:FROM|TO]-() }, 0.9) AS eventLinksPerEvent,
         // The units of a chain of command: perpetrator organisations, and the organisations
         // where a perpetrator person was ever posted.
         percentileDisc(COUNT {
           MATCH (e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(o:Organization) WHERE p.role IN $perpetratorRoles RETURN o
           UNION
           MATCH (e)<-[:EVENT]-(p:Participation)-[:ACTOR]->(:Person)<-[:PERSON]-(:Posting)-[:ORGANIZATION]->(o:Organization) WHERE p.role IN $perpetratorRoles RETURN o
         }, 0.9) AS unitsPerEvent
}
CALL () {
  MATCH (p:Person)
  RETURN percentileDisc(COUNT { (p)<-[:ACTOR]-() }, 0.9) AS participationsPerPerson,
         percentileDisc(COUNT { (p)<-[:PERSON]-() }, 0.9) AS postingsPerPerson
}
CALL () {
  // Over the persons holding some command: SuperiorCandidate.commands lists a commander's.
  MATCH (p:Person)<-[:PERSON]-(po:Posting) WHERE po.role IN $commandRoles
  WITH p, count(po) AS commands
  RETURN percentileDisc(commands, 0.9) AS commandPostingsPerPerson
}
CALL () {
  MATCH (o:Organization)
  RETURN percentileDisc(COUNT { (o)<-[:ACTOR]-() }, 0.9) AS participationsPerOrganization,
         percentileDisc(COUNT { (o)<-[:ORGANIZATION]-() }, 0.9) AS membersPerOrganization,
         percentileDisc(COUNT { (o)<-[:CHILD]-() }, 0.9) AS parentsPerOrganization,
         percentileDisc(COUNT { (o)<-[:PARENT]-() }, 0.9) AS childrenPerOrganization
}
CALL () {
  // Commanders are always asked at a date (a chain, commandersAt): how many of an organisation's
  // command postings hold at once, at the start of each (widest reading; an undated one holds
  // throughout). Organisations with none count 0.
  MATCH (o:Organization)
  OPTIONAL CALL (o) {
    MATCH (o)<-[:ORGANIZATION]-(po:Posting) WHERE po.role IN $commandRoles
    WITH o, coalesce(po.startDateMin, po.endDateMax) AS at
    RETURN max(COUNT {
      MATCH (o)<-[:ORGANIZATION]-(other:Posting) WHERE other.role IN $commandRoles
        AND (at IS NULL OR ((other.startDateMin IS NULL OR other.startDateMin <= at) AND (other.endDateMax IS NULL OR other.endDateMax >= at)))
    }) AS atOnce
  }
  RETURN percentileDisc(coalesce(atOnce, 0), 0.9) AS commandersPerOrganization
}
CALL () {
  // A timeline's entries: the postings, subordinations and participations of a person or organisation.
  MATCH (e:Person|Organization)
  RETURN percentileDisc(COUNT { (e)<-[:PERSON|ORGANIZATION|CHILD|PARENT|ACTOR]-() }, 0.9) AS factsPerEntity
}
CALL () {
  MATCH (f:Fact)
  RETURN percentileDisc(COUNT { (f)<-[:CITED_FOR]-() }, 0.9) AS citationsPerFact
}
CALL () {
  MATCH (r:Record) WHERE NOT r:Fact AND NOT r:Source
  RETURN percentileDisc(COUNT { (r)<-[:CITED_FOR]-() }, 0.9) AS citationsPerEntity
}
CALL () {
  MATCH (r:Record)
  RETURN percentileDisc(COUNT { (r)-[:CONTRADICTS]-() }, 0.9) AS contradictionsPerRecord
}
CALL () {
  // One hop of a neighbourhood (cypher/queries/subgraph/hop.cypher) from an entity: its links.
  MATCH (e:Entity)
  RETURN percentileDisc(COUNT { (e)-[:ACCUSED|ACTOR|CHILD|COURT|EVENT|EVENTS|FROM|ORGANIZATION|PARENT|PERSON|PLACE|PROVISION|TO]-() }, 0.9) AS linksPerEntity
}
CALL () {
  MATCH (pl:Place)
  RETURN percentileDisc(COUNT { (pl)<-[:PLACE]-() }, 0.9) AS eventsPerPlace
}
CALL () {
  MATCH (lp:LegalProvision)
  RETURN percentileDisc(COUNT { (lp)-[:HAS_ELEMENT]->() }, 0.9) AS elementsPerProvision
}
CALL () {
  MATCH (a:Allegation)
  RETURN percentileDisc(COUNT { (a)-[:EVENTS]->() }, 0.9) AS eventsPerAllegation, count(a) AS allegations
}
CALL () {
  // Over the accused and provisions that have allegations: `allegations(accusedId:)` asks about one.
  MATCH (:Allegation)-[:ACCUSED|PROVISION]->(party:Record)
  WITH party, count(*) AS allegations
  RETURN percentileDisc(allegations, 0.9) AS allegationsPerParty
}
CALL () {
  // Search hits: how many entities share a word of their names or titles (words of three letters
  // or more, split where the search analyser would split most names).
  MATCH (e:Entity) WHERE e.searchNamesAll IS NOT NULL
  UNWIND split(reduce(text = toLower(e.searchNamesAll), c IN ['|', ',', '.', '(', ')', '"', '-', '/', ':', ';'] | replace(text, c, ' ')), ' ') AS word
  WITH word, e WHERE size(word) >= 3
  WITH word, count(DISTINCT e) AS entities
  RETURN percentileDisc(entities, 0.9) AS searchHits
}
CALL () {
  // Statistics buckets, by grouping: the keys there are (one more for "undated" or "(none)").
  MATCH (e:Event)
  RETURN CASE WHEN count(e) = 0 THEN null ELSE count(DISTINCT e.eventType) END AS bucketsByEventType,
         count(DISTINCT left(e.startDate, 7)) + 1 AS bucketsByMonth,
         count(DISTINCT left(e.startDate, 4)) + 1 AS bucketsByYear
}
CALL () {
  MATCH (e:Event) UNWIND coalesce(e.targetedGroups, []) AS g
  RETURN count(DISTINCT toLower(g)) + 1 AS bucketsByTargetedGroup
}
CALL () {
  MATCH (p:Participation)-[:ACTOR]->(o:Organization) WHERE p.role IN $perpetratorRoles
  RETURN count(DISTINCT o) + 1 AS bucketsByOrganization
}
CALL () {
  MATCH (:Event)-[:PLACE]->(pl:Place)
  RETURN count(DISTINCT pl.country) + 1 AS bucketsByCountry
}
RETURN {
  participantsPerEvent: participantsPerEvent, eventLinksPerEvent: eventLinksPerEvent, unitsPerEvent: unitsPerEvent,
  participationsPerPerson: participationsPerPerson, postingsPerPerson: postingsPerPerson, commandPostingsPerPerson: commandPostingsPerPerson,
  participationsPerOrganization: participationsPerOrganization, membersPerOrganization: membersPerOrganization,
  commandersPerOrganization: commandersPerOrganization, parentsPerOrganization: parentsPerOrganization, childrenPerOrganization: childrenPerOrganization,
  factsPerEntity: factsPerEntity, citationsPerFact: citationsPerFact, citationsPerEntity: citationsPerEntity,
  contradictionsPerRecord: contradictionsPerRecord, linksPerEntity: linksPerEntity, eventsPerPlace: eventsPerPlace,
  elementsPerProvision: elementsPerProvision, eventsPerAllegation: eventsPerAllegation, allegations: allegations,
  allegationsPerParty: allegationsPerParty, searchHits: searchHits,
  bucketsByEventType: bucketsByEventType, bucketsByMonth: bucketsByMonth, bucketsByYear: bucketsByYear,
  bucketsByOrganization: bucketsByOrganization, bucketsByTargetedGroup: bucketsByTargetedGroup, bucketsByCountry: bucketsByCountry
} AS estimates
