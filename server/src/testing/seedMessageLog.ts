import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

export type MessageLogSeed = {
  workspaceId: string;
  /** Customer `i` is `cus_<prefix>00000i` with external id `<prefix>i`; message `i` is `msg_<prefix>00000i`. */
  prefix: string;
  journeyId: string;
  customers: number;
  messages: number;
};

/**
 * A bulk message log for paging and export tests, written with generate_series: `customers` customers named
 * 김민준, every other one VIP (even `i`) and the rest Basic, each with phone `010-1234-<i>` and email
 * `kim<i>@example.com`; and `messages` delivered ad messages of `journeyId` spread over them in turn, every
 * fifth one a push and the rest SMS. Half of the customers and half of the messages (even `i`) share one
 * instant and the rest are a microsecond apart, so keyset pages must break ties by id.
 */
export const seedMessageLog = async (sql: SqlClient, seed: MessageLogSeed) => {
  await sql.query(
    `insert into customers (id, workspace_id, external_id, attributes, grade, phone, email, created_at)
     select 'cus_' || $2::text || lpad(i::text, 6, '0'), $1, $2::text || i, jsonb_build_object('name', '김민준'),
            case when i % 2 = 0 then 'VIP' else 'Basic' end,
            '010-1234-' || lpad(i::text, 4, '0'), 'kim' || i || '@example.com',
            case when i % 2 = 0 then '2026-11-01T00:00:00Z'::timestamptz
                 else '2026-11-01T00:00:00Z'::timestamptz + (i || ' microseconds')::interval end
       from generate_series(1, $3::int) i`,
    [seed.workspaceId, seed.prefix, seed.customers],
  );
  await sql.query(
    `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
       customer_id, external_id, channel, purpose, status, content, rendered, created_at)
     select 'msg_' || $2::text || lpad(i::text, 6, '0'), $1, $3::text, 1, 'run_' || i, 'send', 1, 'idem_' || $2::text || i,
            'cus_' || $2::text || lpad((i % $5::int + 1)::text, 6, '0'), $2::text || (i % $5::int + 1),
            case when i % 5 = 0 then 'push' else 'sms' end, 'ad', 'delivered', '{}'::jsonb,
            jsonb_build_object('text', '(광고) 안녕하세요 쿠폰이 도착했어요 ' || i),
            case when i % 2 = 0 then '2026-12-01T00:00:00Z'::timestamptz
                 else '2026-12-01T00:00:00Z'::timestamptz + (i || ' microseconds')::interval end
       from generate_series(1, $4::int) i`,
    [seed.workspaceId, seed.prefix, seed.journeyId, seed.messages, seed.customers],
  );
};
