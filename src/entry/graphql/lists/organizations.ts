import type { QueryOrganizationsArgs } from '../../../generated/graphql';
import type { StoredOrganization } from '../../../storage/records/stored';
import type { Context } from '../context';
import { pageParams, paginate } from './pagination';

/** Organisations by name, filtered by kind and country. */
export function listOrganizations(ctx: Context, { filter, first, after }: QueryOrganizationsArgs) {
  const f = filter ?? {};
  return paginate<StoredOrganization>(ctx, 'lists/organizations', 'lists/organizations-count', { kinds: f.kinds?.length ? f.kinds : null, country: f.country ?? null }, pageParams(first, after));
}
