import type { Role } from '@journeyflow/shared/api/auth';
import type { UserPrincipal } from '../auth/principal';
import { ForbiddenError } from '../errors/domainErrors';

const RANK: Record<Role, number> = { marketer: 1, reviewer: 2, admin: 3 };

/** SPEC §1: each role can do everything the one before it can, plus more. */
export const hasRole = (user: Pick<UserPrincipal, 'role'>, minimum: Role): boolean =>
  RANK[user.role] >= RANK[minimum];

export const assertRole = (user: Pick<UserPrincipal, 'role'>, minimum: Role, action?: string): void => {
  if (!hasRole(user, minimum)) {
    throw new ForbiddenError(
      action ? `Only a ${minimum} or above can ${action}` : `This needs the ${minimum} role`,
      { requiredRole: minimum, role: user.role },
    );
  }
};
