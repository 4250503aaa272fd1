import type { QuerySourcesArgs } from '../../../generated/graphql';
import type { StoredSource } from '../../../storage/records/stored';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { countWhenSelected, pageParams, paginate } from './pagination';

export function listSources(ctx: Context, { first, after }: QuerySourcesArgs, info?: GraphQLResolveInfo) {
  return paginate<StoredSource>(ctx, 'lists/sources', 'lists/sources-count', {}, pageParams(first, after), countWhenSelected(info));
}
