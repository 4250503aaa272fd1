/**
 * The one check resolvers (and exports) call before doing something the PERMISSIONS table guards.
 * Enforced in the service, never in the client.
 */
import { AppError, ErrorCode } from '../../foundations/errors';
import { can, PERMISSIONS, ROLES, type Action, type Viewer } from './permissions';

const DOING: Record<Action, string> = {
  read: 'read',
  write: 'write',
  import: 'import',
  export: 'export',
  exportBundle: 'export referral bundles',
  readAudit: 'read the audit log',
};

/** The roles that may do `action`, in table order. */
export function rolesThatMay(action: Action): string[] {
  return ROLES.filter((r) => PERMISSIONS[r].includes(action));
}

/** Throws FORBIDDEN (with `action` and `allowed` in the extensions) unless the viewer may do `action`. */
export function requirePermission(ctx: { viewer: Viewer }, action: Action): void {
  const { roles } = ctx.viewer;
  if (can(ctx.viewer, action)) return;
  const who = roles.length ? `role${roles.length > 1 ? 's' : ''} ${roles.join(', ')}` : 'a viewer without a role';
  const allowed = rolesThatMay(action);
  throw new AppError(ErrorCode.FORBIDDEN, `${who} may not ${DOING[action]}; roles that may: ${allowed.join(', ')}`, { action, allowed });
}
