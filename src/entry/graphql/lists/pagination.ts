/**
 * Relay-style connections with keyset cursors: a cursor is the sort key and id of the last row
 * seen, so pages stay consistent while records are added and cost the same deep in a list.
 * `totalCount` runs its count query only when a client asks for it.
 */
import type { QueryName } from '../../../storage/db/graph';
import { AppError } from '../../../foundations/errors';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { selectsPath } from '../selection';
import type { ProtectionView } from '../../../domain/protection/view';
import { unprojected, type RecordProjection } from '../../../storage/records/projected';
import type { StoredEvent, StoredOrganization, StoredPerson, StoredRecord, StoredSource } from '../../../storage/records/stored';

export const MAX_PAGE_SIZE = 200;
/** A page when `first` is not given (the SDL's default too). */
export const DEFAULT_PAGE_SIZE = 50;

export interface PageParams {
  limit: number;
  afterKey: string | null;
  afterId: string | null;
}

/** `key` null: the cursor carries only the id (the list query looks the key up). */
export function encodeCursor(key: string | null, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function pageParams(first: number | null | undefined, after: string | null | undefined): PageParams {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0) throw AppError.badInput('first', `must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
  if (limit > MAX_PAGE_SIZE) throw AppError.limit('first', `at most ${MAX_PAGE_SIZE} per page; page through with \`after\``);
  if (!after) return { limit, afterKey: null, afterId: null };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || typeof decoded[1] !== 'string' || (typeof decoded[0] !== 'string' && decoded[0] !== null)) {
    throw AppError.badInput('after', 'is not a cursor this list returned');
  }
  return { limit, afterKey: decoded[0] as string | null, afterId: decoded[1] };
}

export interface Connection<T extends StoredRecord = StoredRecord> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

// The connections of the API's lists, each of its own records (codegen.ts maps the GraphQL types to them).
export type PersonConnection = Connection<StoredPerson>;
export type OrganizationConnection = Connection<StoredOrganization>;
export type EventConnection = Connection<StoredEvent>;
export type SourceConnection = Connection<StoredSource>;

/** A connection with nothing in it (a filter naming a record the viewer may not see). */
export function emptyConnection<T extends StoredRecord>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: async () => 0 };
}

/** A row of a list query: the record and its sort key, and whatever else the query brought along. */
export type ListRow<T extends StoredRecord = StoredRecord> = Record<string, unknown> & { node: T; key: string };

export interface PageOptions<T extends StoredRecord = StoredRecord> {
  /**
   * The records' properties to read (sent as `$projection`, which the list query then takes): the
   * page's nodes come back as src/storage/records/projected.ts reads them.
   */
  projection?: RecordProjection;
  /** Sees each row of the page with its node as handed to the fields (to bring along what the query read with it). */
  withEdges?: (shown: readonly { row: ListRow<T>; node: T }[], view: ProtectionView) => void;
  /**
   * The client asked for `totalCount`: the count query goes out beside the list query instead of
   * after it, when the field is resolved (two round trips at once, not one after the other).
   */
  countNow?: boolean;
  /**
   * With `countNow`: a variant of the list query that returns the count as `total` on each of its
   * rows (an empty page as one row with a null node), asked instead of the list and count queries.
   */
  countedQuery?: QueryName;
}

/** A row of a counted list query (PageOptions.countedQuery): a page's row, or the lone row of an empty page. */
type CountedRow<T extends StoredRecord> = Record<string, unknown> & { node: T | null; key: string; total: number };

/** The page options of a list resolved with `info`: its count asked now when the client selects `totalCount`. */
export function countWhenSelected(info: GraphQLResolveInfo | undefined): Pick<PageOptions, 'countNow'> {
  return { countNow: info ? selectsPath(info, ['totalCount']) : false };
}

/**
 * Runs `listQuery` (which returns up to `limit + 1` rows of `{node, key}` after the cursor, in key
 * order) and builds the connection; `countQuery` returns `{count}` under the same filter.
 */
export async function paginate<T extends StoredRecord>(
  ctx: Context,
  listQuery: QueryName,
  countQuery: QueryName,
  filter: Record<string, unknown>,
  page: PageParams,
  options: PageOptions<T> = {},
): Promise<Connection<T>> {
  const count = async () => (await ctx.graph.read<{ count: number }>(countQuery, { ...filter, cleared: ctx.viewer.cleared }))[0]?.count ?? 0;
  const countedQuery = options.countNow ? options.countedQuery : undefined;
  const counted = options.countNow && !countedQuery ? count() : undefined;
  // Awaited by totalCount; a failure of the list query first must not leave it unhandled meanwhile.
  counted?.catch(() => undefined);
  // The queries leave out what the viewer may not see ($cleared; sort keys are pseudonyms, since
  // cursors carry them); every node is redacted for the viewer as the loaders' are.
  const projected = options.projection ? { projection: options.projection } : {};
  const params = { ...filter, ...projected, cleared: ctx.viewer.cleared, ...page, fetch: page.limit + 1 };
  const [read, view] = await Promise.all([ctx.graph.read<CountedRow<T>>(countedQuery ?? listQuery, params), ctx.protection.get()]);
  const rows = read.filter((r): r is CountedRow<T> & { node: T } => r.node !== null);
  const total = countedQuery ? Promise.resolve(read[0]?.total ?? 0) : undefined;
  const shown = rows.slice(0, page.limit).flatMap((row) => {
    const node = view.record<T>(options.projection ? unprojected<T>(row.node, options.projection) : row.node);
    return node ? [{ row, node }] : [];
  });
  options.withEdges?.(shown, view);
  // A sort key showing a protected name (an organisation named after one) stays out of the cursor.
  const edges = shown.map(({ row, node }) => ({ cursor: encodeCursor(view.cleared || !view.scrubber.touches(row.key) ? row.key : null, node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => total ?? counted ?? count(),
  };
}
