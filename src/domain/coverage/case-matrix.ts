/**
 * The case matrix of an accused: every allegation against them with its element coverage, and a
 * summary row over all of them (elements supported, weak, contested, gaps).
 */
import type { Graph } from '../../storage/db/graph';
import { AppError } from '../../foundations/errors';
import { checkAt, elementCoverage, type CoverageOptions } from './element-coverage';
import { loadAllegationsOf } from './load';
import { addSummaries } from './status';
import { thresholdsFor } from './thresholds';
import type { CaseMatrix } from './types';

export async function caseMatrix(graph: Graph, accusedId: string, options: CoverageOptions = {}): Promise<CaseMatrix> {
  const thresholds = thresholdsFor(options);
  const at = checkAt(options.at);
  const hidden = options.hidden ?? new Set<string>();
  const found = hidden.has(accusedId) ? null : await loadAllegationsOf(graph, accusedId);
  if (!found?.found) throw AppError.notFound('accused', accusedId);
  const allegations = [];
  // One after the other: each reads its own chain of command, and one viewer's matrix should not
  // hold several of the database's sessions at once while other viewers wait.
  for (const id of found.allegationIds.filter((x) => !hidden.has(x))) allegations.push(await elementCoverage(graph, id, { ...options, ...thresholds, at }));
  return { accusedId, at, thresholds, allegations, summary: addSummaries(allegations.map((a) => a.summary)) };
}
