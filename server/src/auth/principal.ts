import type { ApiKeyScope } from '@journeyflow/shared/api/apiKeys';
import type { Role } from '@journeyflow/shared/api/auth';

/** A signed-in person (browser session). */
export type UserPrincipal = {
  readonly kind: 'user';
  readonly userId: string;
  readonly workspaceId: string;
  readonly role: Role;
  readonly email: string;
  readonly name: string;
  readonly sessionId: string;
};

/** A workspace API key (`Authorization: Bearer jf_live_…`, or Basic-auth username on `/api/v1`). */
export type ApiKeyPrincipal = {
  readonly kind: 'apiKey';
  readonly apiKeyId: string;
  readonly workspaceId: string;
  /** What the key may do; each key-accepting route names the scope it needs. */
  readonly scopes: readonly ApiKeyScope[];
};

export type Principal = UserPrincipal | ApiKeyPrincipal;

/** The principal of a user row signed in through `sessionId`. */
export const userPrincipal = (
  user: {
    readonly id: string;
    readonly workspaceId: string;
    readonly role: Role;
    readonly email: string;
    readonly name: string;
  },
  sessionId: string,
): UserPrincipal => ({
  kind: 'user',
  userId: user.id,
  workspaceId: user.workspaceId,
  role: user.role,
  email: user.email,
  name: user.name,
  sessionId,
});
