import type { QuerySourcesArgs } from '../../../generated/graphql';
import type { StoredSource } from '../../../storage/records/stored';
import type { Context } from '../context';
import { pageParams, paginate } from './pagination';

export function listSources(ctx: Context, { first, after }: QuerySourcesArgs) {
  return paginate<StoredSource>(ctx, 'lists/sources', 'lists/sources-count', {}, pageParams(first, after));
}
