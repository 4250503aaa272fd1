/** The unit tree above (UP) or below (DOWN) an organisation at a date, with the commanders of each. */
import type { Graph } from '../db/graph';
import { AppError } from '../errors';
import { organizationExists } from './load';
import { checkDepth, dateWindow, gradeText, minGradeOf } from './options';
import type { ChartDirection, OrganizationChart } from './types';
import { walkCommand } from './walk';

export interface OrganizationChartOptions {
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
    if (!(await organizationExists(tx, organizationId))) throw AppError.notFound('organization', organizationId);
    const walk = await walkCommand(tx, [{ organizationId, grade: null, validity: 'CERTAIN' }], { at: window, direction, depth: levels, minGrade: min, hidden: options.hidden });
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
