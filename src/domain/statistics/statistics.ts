/**
 * Counts of events by a dimension over a date window: material for the "widespread or systematic"
 * context element of crimes against humanity. Aggregated in the database (one query), so the cost
 * does not grow with what is sent back.
 */
import type { Graph } from '../../storage/db/graph';
import { PERPETRATOR_ROLES } from '../../foundations/model/enums';
import { parsePartialDate } from '../../foundations/model/partial-date';

export type Dimension = 'EVENT_TYPE' | 'MONTH' | 'YEAR' | 'ORGANIZATION' | 'TARGETED_GROUP' | 'COUNTRY';

export interface Bucket {
  key: string;
  label: string;
  events: number;
  victims: number;
}

export interface Statistics {
  groupBy: Dimension;
  from: string | null;
  to: string | null;
  totalEvents: number;
  buckets: Bucket[];
}

export interface StatisticsArgs {
  groupBy: Dimension;
  from?: string | null;
  to?: string | null;
  eventTypes?: readonly string[] | null;
}

/** `labelOf` names organisations (by id) for the ORGANIZATION dimension. */
export async function statistics(graph: Graph, args: StatisticsArgs, labelOf: (ids: string[]) => Promise<Map<string, string>>): Promise<Statistics> {
  const filter = {
    from: args.from ? parsePartialDate(args.from).earliest : null,
    to: args.to ? parsePartialDate(args.to).latest : null,
    types: args.eventTypes?.length ? [...args.eventTypes] : null,
  };
  const [rows, total] = await Promise.all([
    graph.read<{ key: string; events: number; victims: number }>('statistics/events', { ...filter, dimension: args.groupBy, perpetratorRoles: [...PERPETRATOR_ROLES] }),
    graph.read<{ count: number }>('statistics/total', filter),
  ]);
  const labels = args.groupBy === 'ORGANIZATION' ? await labelOf(rows.map((r) => r.key).filter((k) => k !== '(none)')) : new Map<string, string>();
  return {
    groupBy: args.groupBy,
    from: args.from ?? null,
    to: args.to ?? null,
    totalEvents: total[0]?.count ?? 0,
    buckets: rows.map((r) => ({ ...r, label: labels.get(r.key) ?? r.key })),
  };
}
