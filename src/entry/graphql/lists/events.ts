import type { GraphQLResolveInfo } from 'graphql';
import type { QueryEventsArgs } from '../../../generated/graphql';
import { parsePartialDate } from '../../../foundations/model/partial-date';
import type { Context } from '../context';
import type { ProtectionView } from '../../../domain/protection/view';
import type { RecordType } from '../../../foundations/model/record-types';
import { WHOLE_RECORDS, type RecordProjection } from '../../../storage/records/projected';
import type { StoredEvent } from '../../../storage/records/stored';
import type { FactsAsRead } from '../brought-along';
import { recordProjection, type ExtraProperties } from '../projection/record-projection';
import { selectsPath } from '../selection';
import { countWhenSelected, emptyConnection, pageParams, paginate, type EventConnection, type ListRow } from './pagination';

type EventListQuery = 'lists/events' | 'lists/events-by-type' | 'lists/events-by-type-dated';

/** The record types an event list reads: the events, their participations and the actors those link. */
const LISTED_TYPES: readonly RecordType[] = ['Event', 'Trial', 'Participation', 'Person', 'Organization'];
/** What `participants(roles:, side:)` reads of each participation besides the selection. */
const FILTERED_BY: ExtraProperties = { Participation: ['role'] };

/** The participants the list query brought (when asked for), brought along with the events handed to the fields. */
const bringParticipants = (ctx: Context, projection: RecordProjection) => (shown: readonly { row: ListRow<StoredEvent>; node: StoredEvent }[], view: ProtectionView) => {
  for (const { row, node } of shown) ctx.along.bringFacts(node, 'EVENT', row.facts as FactsAsRead, projection, view);
};

/**
 * Events and trials by start date, filtered; a partial `from`/`to` counts from its first/last day.
 * When the client selects the events' participants, the list query brings them along.
 */
export async function listEvents(ctx: Context, { filter, first, after }: QueryEventsArgs, info?: GraphQLResolveInfo): Promise<EventConnection> {
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
    withParticipants: info ? selectsPath(info, ['edges', 'node', 'participants']) : false,
  };
  // The events and what they bring, read with only the properties the selection shows.
  const projection = info ? recordProjection(info, LISTED_TYPES, FILTERED_BY) : WHOLE_RECORDS;
  const options = { projection, withEdges: params.withParticipants ? bringParticipants(ctx, projection) : undefined, ...countWhenSelected(info) };
  const page = pageParams(first, after);
  // The events of a person the viewer may not see: none, as for an unknown id (arguments checked first alike).
  if (f.personId && (await ctx.protection.get()).withheld.has(f.personId)) return emptyConnection();
  // Each lists/events* template is a page query, its counted variant, and a count query beside it.
  const pageOf = (query: EventListQuery, filter: Record<string, unknown>) =>
    paginate<StoredEvent>(ctx, `${query}/page`, `${query}-count`, filter, page, { ...options, countedQuery: `${query}/counted` });
  // Named types: queries that seek an index rather than scan every event (see their comments).
  if (params.types && (params.from || params.to)) {
    const window = { startFloor: params.from ? `${params.from.slice(0, 4)}-01-01` : '0000-01-01', startCeiling: params.to ?? '9999-12-31' };
    return pageOf('lists/events-by-type-dated', { ...params, ...window });
  }
  return pageOf(params.types ? 'lists/events-by-type' : 'lists/events', params);
}
