import type { QueryPersonsArgs } from '../../../generated/graphql';
import { OTHER_ROLES, PERPETRATOR_ROLES, VICTIM_ROLES } from '../../../foundations/model/enums';
import { parsePartialDate } from '../../../foundations/model/partial-date';
import type { StoredPerson } from '../../../storage/records/stored';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { countWhenSelected, pageParams, paginate } from './pagination';

const SIDE_ROLES = { PERPETRATOR: PERPETRATOR_ROLES, VICTIM: VICTIM_ROLES, OTHER: OTHER_ROLES };

/** Persons by name, filtered by organisation (optionally at a date), side of events, citizenship. */
export function listPersons(ctx: Context, { filter, first, after }: QueryPersonsArgs, info?: GraphQLResolveInfo) {
  const f = filter ?? {};
  const at = f.at ? parsePartialDate(f.at) : null;
  return paginate<StoredPerson>(
    ctx,
    'lists/persons',
    'lists/persons-count',
    {
      organizationId: f.organizationId ?? null,
      atEarliest: at?.earliest ?? null,
      atLatest: at?.latest ?? null,
      sideRoles: f.side ? [...SIDE_ROLES[f.side]] : null,
      citizenship: f.citizenship ?? null,
    },
    pageParams(first, after),
    countWhenSelected(info),
  );
}
