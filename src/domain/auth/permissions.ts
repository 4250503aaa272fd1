/**
 * Who may do what: the one table every check reads (resolvers, imports, exports). The README's
 * access table is this table. Seeing protected persons is not a role but a clearance flag.
 */
export const ROLES = ['admin', 'investigator', 'analyst', 'referral'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read', 'write', 'import', 'export', 'exportBundle', 'readAudit'] as const;
export type Action = (typeof ACTIONS)[number];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  admin: ['read', 'write', 'import', 'export', 'exportBundle', 'readAudit'],
  investigator: ['read', 'write', 'import', 'export', 'exportBundle'],
  analyst: ['read', 'export'],
  referral: ['read', 'export', 'exportBundle'],
};

export interface Viewer {
  /** Who is asking: a token's subject, or "cli:<user>" for local commands. */
  id: string;
  roles: Role[];
  /** Whether the viewer may see protected persons' real identities. */
  cleared: boolean;
}

export function can(viewer: Pick<Viewer, 'roles'>, action: Action): boolean {
  return viewer.roles.some((r) => PERMISSIONS[r]?.includes(action));
}
