import { beforeAll, expect } from 'vitest';
import type { DatabaseKind } from '../db/database';
import { useTestApp } from './useTestApp';

/**
 * The app the channel route suites talk to: a marketer and an admin session, an API key with the
 * ingest, in-app, opt-out and delivery-report scopes, and two customers (minji with contact details,
 * jun without). Registers its own hooks, so call it once at the top of a `describe`.
 */
export const useChannelRoutesApp = (kind: DatabaseKind) => {
  const h = Object.assign(useTestApp(kind, ['marketer', 'admin']), {
    workspaceId: '',
    apiKey: '',
    withKey: (key: string) => ({ authorization: `Bearer ${key}` }),
  });

  beforeAll(async () => {
    h.workspaceId = (await h.admin.get('/api/auth/me')).body.user.workspaceId;
    const key = await h.admin.post('/api/api-keys', {
      name: 'site backend',
      scopes: ['ingest', 'inapp:token', 'optouts:read', 'delivery:report'],
    });
    expect(key.status).toBe(201);
    h.apiKey = key.body.key;
    await h.t.db.sql.query(
      `insert into customers (id, workspace_id, external_id, attributes, phone, email, consent) values
       ('cus_minji', $1, 'minji', '{"name":"민지"}', '010-1234-5678', 'minji@example.com', '{}'),
       ('cus_jun', $1, 'jun', '{}', null, null, '{}')`,
      [h.workspaceId],
    );
  });

  return h;
};
