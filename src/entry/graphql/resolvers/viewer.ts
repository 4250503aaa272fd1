/**
 * `viewer`: the token's subject, roles and clearance, and what they allow, read from the one
 * permission table, so a client can hide what the viewer may not do (the service still refuses it).
 */
import type { Resolvers } from '../../../generated/graphql';
import { ACTIONS, can } from '../../../domain/auth/permissions';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { viewer }) => ({
      id: viewer.id,
      roles: [...viewer.roles],
      cleared: viewer.cleared,
      permissions: ACTIONS.filter((action) => can(viewer, action)),
    }),
  },
};
