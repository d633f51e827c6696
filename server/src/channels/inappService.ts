import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { InappMessage } from '@journeyflow/shared/api/inapp';
import { NotFoundError, UnauthorizedError } from '../errors/domainErrors';
import type { InboxSource } from './inappHub';
import type { InappTokenClaims, InappTokens } from './inappToken';
import { toInappMessageView } from './toInappMessageView';

/** Resolves a customer for a token request; the site's backend names its own user by external id. */
export const issueInappToken = async (
  sql: SqlClient,
  tokens: InappTokens,
  workspaceId: string,
  externalId: string,
  now: Date,
): Promise<{ token: string; expiresAt: string }> => {
  const [customer] = await sql.query<{ id: string }>(
    'select id from customers where workspace_id = $1 and external_id = $2',
    [workspaceId, externalId],
  );
  if (!customer) throw new NotFoundError('Customer');
  const issued = tokens.issue({ workspaceId, customerId: customer.id, externalId }, now);
  return { token: issued.token, expiresAt: issued.expiresAt.toISOString() };
};

/** The token's claims, or 401: every in-app read is scoped to the one customer the token names. */
export const requireInappClaims = (tokens: InappTokens, token: string, now: Date): InappTokenClaims => {
  const claims = tokens.verify(token, now);
  if (!claims)
    throw new UnauthorizedError('The in-app token is invalid or expired; ask your backend for a new one');
  return claims;
};

export const listInbox = async (
  sql: SqlClient,
  claims: Pick<InappTokenClaims, 'workspaceId' | 'customerId'>,
  options: { readonly after?: string; readonly limit?: number } = {},
): Promise<InappMessage[]> => {
  const rows = options.after
    ? await sql.query(
        `select * from inapp_messages where workspace_id = $1 and customer_id = $2 and created_at > $3
         order by created_at, id limit $4`,
        [claims.workspaceId, claims.customerId, options.after, options.limit ?? 100],
      )
    : await sql.query(
        `select * from inapp_messages where workspace_id = $1 and customer_id = $2
         order by created_at desc, id desc limit $3`,
        [claims.workspaceId, claims.customerId, options.limit ?? 100],
      );
  return rows.map(toInappMessageView);
};

export const markInappRead = async (
  sql: SqlClient,
  claims: InappTokenClaims,
  id: string,
  now: Date,
): Promise<InappMessage> => {
  const [row] = await sql.query(
    `update inapp_messages set read_at = coalesce(read_at, $4)
     where id = $1 and workspace_id = $2 and customer_id = $3 returning *`,
    [id, claims.workspaceId, claims.customerId, now.toISOString()],
  );
  // Another customer's message id answers exactly like an unknown one.
  if (!row) throw new NotFoundError('Message');
  return toInappMessageView(row);
};

/** The hub's view of the inbox table: one query per customer feed and poll, not per open stream. */
export const createInboxSource = (sql: SqlClient): InboxSource => ({
  async now() {
    const [row] = await sql.query<{ now: string | Date }>('select now() as now');
    return new Date(row?.now ?? Date.now()).toISOString();
  },
  newerThan: (workspaceId, customerId, after) => listInbox(sql, { workspaceId, customerId }, { after }),
});
