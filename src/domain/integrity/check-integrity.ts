/**
 * `checkIntegrity`: every integrity check over the whole graph, as one report. The checks are
 * read-only named queries (cypher/queries/integrity/), parameterised by what the model declares.
 * They run one after another: the graph is small enough, and the machines have two cores.
 */
import type { Graph } from '../../storage/db/graph';
import { citationsNotFromSources, uncitedRecords, unknownElements } from './citations';
import { subordinationCycles } from './cycles';
import { buildReport, type Finding, type IntegrityReport } from './findings';
import { heldSourceFindings } from './held-sources';
import { intervalFindings } from './intervals';
import { linkFindings, selfLoops } from './links';
import { idsNamingProtectedPersons } from './protected-ids';
import { malformedRecords } from './records';

export interface IntegrityOptions {
  /** The held source documents (SOURCES_DIR): given, the files and the quotes from them are checked too. */
  sourcesDir?: string;
}

export const INTEGRITY_CHECKS: readonly ((graph: Graph, options: IntegrityOptions) => Promise<Finding[]>)[] = [
  malformedRecords,
  uncitedRecords,
  citationsNotFromSources,
  unknownElements,
  linkFindings,
  selfLoops,
  intervalFindings,
  subordinationCycles,
  idsNamingProtectedPersons,
  (graph, { sourcesDir }) => (sourcesDir ? heldSourceFindings(graph, sourcesDir) : Promise.resolve([])),
];

export async function checkIntegrity(graph: Graph, options: IntegrityOptions = {}): Promise<IntegrityReport> {
  const findings: Finding[] = [];
  for (const check of INTEGRITY_CHECKS) findings.push(...(await check(graph, options)));
  return buildReport(findings);
}
