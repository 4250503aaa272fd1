import type { QueryOrganizationsArgs } from '../../../generated/graphql';
import type { StoredOrganization } from '../../../storage/records/stored';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { countWhenSelected, pageParams, paginate } from './pagination';

/** Organisations by name, filtered by kind and country. */
export function listOrganizations(ctx: Context, { filter, first, after }: QueryOrganizationsArgs, info?: GraphQLResolveInfo) {
  const f = filter ?? {};
  return paginate<StoredOrganization>(
    ctx,
    'lists/organizations',
    'lists/organizations-count',
    { kinds: f.kinds?.length ? f.kinds : null, country: f.country ?? null },
    pageParams(first, after),
    countWhenSelected(info),
  );
}
