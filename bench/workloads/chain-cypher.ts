/**
 * The chain of command as ONE hand-written Cypher statement (the raw side of W2, and the peer's
 * `@cypher` field, which has no native way to walk it): the units behind the event (perpetrator
 * organisations, and where perpetrator persons were posted at the date), every organisation above
 * them along COMMAND subordinations valid at the date with its level (the shortest distance from a
 * unit, as our level-by-level walk assigns it) and the commanders (HEAD, COMMANDER) posted there at
 * the date. Validity: the widest reading of each partial date, as the service's coarse filter; the
 * benchmark asks at a full date, where that is also its exact test.
 * `$e` is the event node in the raw statement; the peer binds `this`.
 */
import { COMMAND_POSTING_ROLES, PERPETRATOR_ROLES } from '../../src/foundations/model/enums';

const list = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
const valid = (v: string) => `(${v}.startDateMin IS NULL OR ${v}.startDateMin <= $at) AND (${v}.endDateMax IS NULL OR ${v}.endDateMax >= $at)`;

export function chainCypher(event: string, depth = 10): string {
  return `
CALL (${event}) {
  OPTIONAL MATCH (${event})<-[:EVENT]-(p:Participation)-[:ACTOR]->(a)
  WHERE p.role IN ${list(PERPETRATOR_ROLES)} AND (a:Person OR a:Organization)
  WITH collect(DISTINCT a) AS actors
  WITH [x IN actors WHERE x:Organization] + COLLECT {
    UNWIND actors AS a
    MATCH (a:Person)<-[:PERSON]-(po:Posting)-[:ORGANIZATION]->(o:Organization)
    WHERE ${valid('po')}
    RETURN DISTINCT o
  } AS found
  UNWIND found AS u
  RETURN collect(DISTINCT u) AS units
}
CALL (units) {
  UNWIND units AS u
  MATCH (u) (()<-[:CHILD]-(s:Subordination)-[:PARENT]->() WHERE s.classification = 'COMMAND' AND ${valid('s')}){0,${depth}} (o:Organization)
  WITH o, min(size(s)) AS level
  RETURN collect({id: o.id, level: level, commanders: COLLECT {
    MATCH (o)<-[:ORGANIZATION]-(po:Posting)-[:PERSON]->(:Person)
    WHERE po.role IN ${list(COMMAND_POSTING_ROLES)} AND ${valid('po')}
    RETURN po.id
  }}) AS organizations
}
RETURN {units: [u IN units | u.id], organizations: organizations} AS chain`;
}
