import type { QueryEventsArgs } from '../../generated/graphql';
import { parsePartialDate } from '../../model/partial-date';
import type { Context } from '../context';
import { emptyConnection, pageParams, paginate } from './pagination';

/** Events and trials by start date, filtered; a partial `from`/`to` counts from its first/last day. */
export async function listEvents(ctx: Context, { filter, first, after }: QueryEventsArgs) {
  const f = filter ?? {};
  const params = {
    types: f.types?.length ? f.types : null,
    from: f.from ? parsePartialDate(f.from).earliest : null,
    to: f.to ? parsePartialDate(f.to).latest : null,
    organizationId: f.organizationId ?? null,
    personId: f.personId ?? null,
    country: f.country ?? null,
    trials: f.trials ?? null,
    inAbsentia: f.inAbsentia ?? null,
    targetedGroup: f.targetedGroup ?? null,
  };
  const page = pageParams(first, after);
  // The events of a person the viewer may not see: none, as for an unknown id (arguments checked first alike).
  if (f.personId && (await ctx.protection.get()).withheld.has(f.personId)) return emptyConnection();
  // Named types: queries that seek an index rather than scan every event (see their comments).
  if (params.types && (params.from || params.to)) {
    const window = { startFloor: params.from ? `${params.from.slice(0, 4)}-01-01` : '0000-01-01', startCeiling: params.to ?? '9999-12-31' };
    return paginate(ctx, 'lists/events-by-type-dated', 'lists/events-by-type-dated-count', { ...params, ...window }, page);
  }
  if (params.types) return paginate(ctx, 'lists/events-by-type', 'lists/events-by-type-count', params, page);
  return paginate(ctx, 'lists/events', 'lists/events-count', params, page);
}
