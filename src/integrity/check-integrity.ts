/**
 * `checkIntegrity`: every integrity check over the whole graph, as one report. The checks are
 * read-only named queries (cypher/queries/integrity/), parameterised by what the model declares.
 * They run one after another: the graph is small enough, and the machines have two cores.
 */
import type { Graph } from '../db/graph';
import { citationsNotFromSources, uncitedRecords, unknownElements } from './citations';
import { subordinationCycles } from './cycles';
import { buildReport, type Finding, type IntegrityReport } from './findings';
import { intervalFindings } from './intervals';
import { linkFindings, selfLoops } from './links';
import { idsNamingProtectedPersons } from './protected-ids';
import { malformedRecords } from './records';

export const INTEGRITY_CHECKS: readonly ((graph: Graph) => Promise<Finding[]>)[] = [
  malformedRecords,
  uncitedRecords,
  citationsNotFromSources,
  unknownElements,
  linkFindings,
  selfLoops,
  intervalFindings,
  subordinationCycles,
  idsNamingProtectedPersons,
];

export async function checkIntegrity(graph: Graph): Promise<IntegrityReport> {
  const findings: Finding[] = [];
  for (const check of INTEGRITY_CHECKS) findings.push(...(await check(graph)));
  return buildReport(findings);
}
