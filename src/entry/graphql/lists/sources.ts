import type { QuerySourcesArgs } from '../../../generated/graphql';
import type { Context } from '../context';
import { pageParams, paginate } from './pagination';

export function listSources(ctx: Context, { first, after }: QuerySourcesArgs) {
  return paginate(ctx, 'lists/sources', 'lists/sources-count', {}, pageParams(first, after));
}
