/** Who held command of a unit on a date: persons with a COMMAND_POSTING_ROLES posting valid then. */
import type { Graph } from '../../storage/db/graph';
import { AppError } from '../../foundations/errors';
import type { Grade } from '../../foundations/model/grades';
import { admit, validAt } from './evidence';
import { loadCommanders, organizationExists, type PostingRow } from './load';
import { dateWindow, gradeText, minGradeOf, type DateWindow } from './options';
import type { CommandersAt, Excluded, PostingEvidence } from './types';

/** A posting row as evidence at `at`: null when it does not hold then or fails the minimum grade. */
export function toPosting(row: PostingRow, at: DateWindow, min: Grade | null, excluded: Excluded[]): PostingEvidence | null {
  const validity = validAt(row.startDate, row.endDate, at.text);
  if (!validity) return null;
  const evidence = admit('Posting', row.postingId, row.citations, min, excluded);
  if (!evidence) return null;
  return {
    postingId: row.postingId,
    personId: row.personId,
    organizationId: row.organizationId,
    role: row.role,
    title: row.title ?? null,
    rank: row.rank ?? null,
    startDate: row.startDate ?? null,
    endDate: row.endDate ?? null,
    validity,
    ...evidence,
  };
}

/** The commanders of every organisation among `orgIds` at `at`, from the command postings read for them. */
export function commandersOf(
  rows: readonly PostingRow[],
  orgIds: readonly string[],
  at: DateWindow,
  min: Grade | null,
  excluded: Excluded[],
  hidden?: ReadonlySet<string>,
): Map<string, PostingEvidence[]> {
  const byOrg = new Map<string, PostingEvidence[]>(orgIds.map((id) => [id, []]));
  for (const row of rows) {
    if (hidden?.has(row.personId)) continue;
    const posting = toPosting(row, at, min, excluded);
    if (posting) byOrg.get(row.organizationId)?.push(posting);
  }
  return byOrg;
}

export interface CommandersAtOptions {
  minGrade?: string | null;
  /** Persons withheld from the viewer: left out with their postings. */
  hidden?: ReadonlySet<string>;
}

/** Who held command of `organizationId` at `at` (a partial date is an interval: POSSIBLE postings are kept and marked). */
export async function commandersAt(graph: Graph, organizationId: string, at: string, options: CommandersAtOptions = {}): Promise<CommandersAt> {
  const window = dateWindow('at', at);
  const min = minGradeOf(options.minGrade);
  return graph.readTransaction(async (tx) => {
    if (!(await organizationExists(tx, organizationId))) throw AppError.notFound('organization', organizationId);
    const excluded: Excluded[] = [];
    const rows = await loadCommanders(tx, [organizationId], window);
    const commanders = commandersOf(rows, [organizationId], window, min, excluded, options.hidden).get(organizationId) ?? [];
    return { organizationId, at, minGrade: gradeText(min), commanders, excluded };
  });
}
