import { PERPETRATOR_ROLES, VICTIM_ROLES } from './enums';

export type RoleSide = 'PERPETRATOR' | 'VICTIM' | 'OTHER';

/** Which side of an event a participation role is on. */
export function roleSide(role: string): RoleSide {
  if ((PERPETRATOR_ROLES as readonly string[]).includes(role)) return 'PERPETRATOR';
  if ((VICTIM_ROLES as readonly string[]).includes(role)) return 'VICTIM';
  return 'OTHER';
}
