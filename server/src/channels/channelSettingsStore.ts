import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import type { ChannelSetting } from '@journeyflow/shared/messaging/channelSettings';
import { secretsToReenter } from '@journeyflow/shared/messaging/secretsToReenter';
import { SecretsRequiredError, ValidationFailedError } from '../errors/domainErrors';
import type { CredentialCipher } from './credentialCipher';
import { type ProviderConfig, providerChannels, providerConfigSchema, secretFields } from './providerConfig';

/** What the API shows of a channel setting: never a secret, only which secret fields are set. */
export type ChannelSettingView = ChannelSetting;

export type ChannelSettingsStore = {
  list(workspaceId: string): Promise<ChannelSettingView[]>;
  /**
   * Saves a provider config; secret fields left out keep their stored values, unless an endpoint field
   * (`providerEndpointFields`) changed: then they must be supplied again (`SecretsRequiredError`).
   */
  put(
    workspaceId: string,
    channel: Channel,
    input: Record<string, unknown>,
    userId: string | null,
  ): Promise<ChannelSettingView>;
  remove(workspaceId: string, channel: Channel): Promise<void>;
  /** The full, decrypted config for the delivery worker; null = sandbox. Server-internal only. */
  load(workspaceId: string, channel: Channel): Promise<ProviderConfig | null>;
};

const isSecret = (key: string) => (secretFields as readonly string[]).includes(key);
const contextOf = (workspaceId: string, channel: string) => `${workspaceId}:${channel}`;

const parseJson = (value: unknown): Record<string, unknown> =>
  (typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;

/**
 * `channel_settings` rows: non-secret fields as JSON in `config`, secret fields as one AES-256-GCM sealed JSON
 * object in `secrets`. Only `load` decrypts, and only the delivery path calls it.
 */
export const createChannelSettingsStore = (
  sql: SqlClient,
  cipher: CredentialCipher,
): ChannelSettingsStore => {
  const toView = (row: Record<string, unknown>): ChannelSettingView => {
    const secrets = row.secrets
      ? Object.keys(
          JSON.parse(
            cipher.decrypt(String(row.secrets), contextOf(String(row.workspace_id), String(row.channel))),
          ),
        )
      : [];
    return {
      channel: row.channel as Channel,
      provider: row.provider as ProviderConfig['provider'],
      config: parseJson(row.config),
      secretsSet: secrets.sort(),
      updatedAt: row.updated_at ? new Date(row.updated_at as string).toISOString() : null,
    };
  };

  const readRow = async (workspaceId: string, channel: Channel) =>
    (
      await sql.query('select * from channel_settings where workspace_id = $1 and channel = $2', [
        workspaceId,
        channel,
      ])
    )[0];

  const decryptSecrets = (row: Record<string, unknown>): Record<string, unknown> =>
    row.secrets
      ? JSON.parse(
          cipher.decrypt(String(row.secrets), contextOf(String(row.workspace_id), String(row.channel))),
        )
      : {};

  return {
    async list(workspaceId) {
      const rows = await sql.query(
        'select * from channel_settings where workspace_id = $1 order by channel',
        [workspaceId],
      );
      return rows.map(toView);
    },
    async put(workspaceId, channel, input, userId) {
      const existing = await readRow(workspaceId, channel);
      const keptSecrets = existing && existing.provider === input.provider ? decryptSecrets(existing) : {};
      const parsed = providerConfigSchema.safeParse({ ...keptSecrets, ...input });
      if (!parsed.success) {
        throw new ValidationFailedError('Invalid channel settings', {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
      }
      const config = parsed.data;
      if (!(providerChannels[config.provider] as readonly string[]).includes(channel)) {
        throw new ValidationFailedError(`Provider ${config.provider} cannot send ${channel}`);
      }
      if (existing && existing.provider === config.provider) {
        const { changed, missing } = secretsToReenter({
          provider: config.provider,
          previous: parseJson(existing.config),
          next: config,
          storedSecrets: Object.keys(keptSecrets),
          suppliedSecrets: Object.keys(input).filter(isSecret),
        });
        if (missing.length > 0) throw new SecretsRequiredError(missing, changed);
      }
      const publicPart: Record<string, unknown> = {};
      const secretPart: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(config)) {
        if (key === 'provider') continue;
        (isSecret(key) ? secretPart : publicPart)[key] = value;
      }
      const sealed =
        Object.keys(secretPart).length > 0
          ? cipher.encrypt(JSON.stringify(secretPart), contextOf(workspaceId, channel))
          : null;
      const [row] = await sql.query(
        `insert into channel_settings (workspace_id, channel, provider, config, secrets, updated_by, updated_at)
         values ($1, $2, $3, $4::text::jsonb, $5, $6, now())
         on conflict (workspace_id, channel) do update
           set provider = excluded.provider, config = excluded.config, secrets = excluded.secrets,
               updated_by = excluded.updated_by, updated_at = excluded.updated_at
         returning *`,
        [workspaceId, channel, config.provider, JSON.stringify(publicPart), sealed, userId],
      );
      return toView(row!);
    },
    async remove(workspaceId, channel) {
      await sql.query('delete from channel_settings where workspace_id = $1 and channel = $2', [
        workspaceId,
        channel,
      ]);
    },
    async load(workspaceId, channel) {
      const row = await readRow(workspaceId, channel);
      if (!row) return null;
      return providerConfigSchema.parse({
        ...parseJson(row.config),
        ...decryptSecrets(row),
        provider: row.provider,
      });
    },
  };
};
