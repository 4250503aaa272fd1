/** The unit tree above (UP) or below (DOWN) an organisation at a date, with the commanders of each. */
import type { Graph } from '../../storage/db/graph';
import { AppError } from '../../foundations/errors';
import { chainReads, loadCommandClosure, organizationExists, type ChainReadOptions } from './load';
import { checkDepth, dateWindow, gradeText, minGradeOf } from './options';
import type { ChartDirection, OrganizationChart } from './types';
import { levelSource, reachSource, walkCommand } from './walk';

/** The read options apply to an upward chart, which reads the closure in one query (a downward one reads level by level). */
export interface OrganizationChartOptions extends ChainReadOptions {
  minGrade?: string | null;
  /** Persons withheld from the viewer: left out with their postings. */
  hidden?: ReadonlySet<string>;
}

export async function organizationChart(
  graph: Graph,
  organizationId: string,
  at: string,
  direction: ChartDirection,
  depth?: number | null,
  options: OrganizationChartOptions = {},
): Promise<OrganizationChart> {
  const window = dateWindow('at', at);
  if (direction !== 'UP' && direction !== 'DOWN') throw AppError.badInput('direction', `must be UP or DOWN, got ${String(direction)}`);
  const levels = checkDepth(depth);
  const min = minGradeOf(options.minGrade);
  return graph.readTransaction(async (tx) => {
    // Upward, one query reads the whole tree above; the organisation is in it when it exists.
    const reach = direction === 'UP' ? await loadCommandClosure(tx, [organizationId], window, levels, chainReads(min, options)) : null;
    if (reach) await options.onRecords?.(reach.records);
    const exists = reach ? reach.links.has(organizationId) : await organizationExists(tx, organizationId);
    if (!exists) throw AppError.notFound('organization', organizationId);
    const source = reach ? reachSource(reach) : levelSource(tx, window);
    const walk = await walkCommand(source, [{ organizationId, grade: null, validity: 'CERTAIN' }], { at: window, direction, depth: levels, minGrade: min, hidden: options.hidden });
    return {
      organizationId,
      at,
      direction,
      depth: levels,
      minGrade: gradeText(min),
      levels: walk.levels,
      links: walk.links,
      cycles: walk.cycles,
      depthLimited: walk.depthLimited,
      excluded: walk.excluded,
    };
  });
}
