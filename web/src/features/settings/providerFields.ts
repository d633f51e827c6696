import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import type { ChannelProvider, ChannelSettingInput } from '@journeyflow/shared/messaging/channelSettings';
import {
  fcmConfigSchema,
  providerChannels,
  type SmtpConfig,
  type SolapiConfig,
  secretFields,
  smtpConfigSchema,
  solapiConfigSchema,
  webhookConfigSchema,
} from '@journeyflow/shared/messaging/providerConfig';
import type { z } from 'zod';

/** One input of a provider's config form, derived from the shared zod schema. */
export type ProviderField = {
  readonly key: string;
  readonly kind: 'string' | 'number' | 'boolean';
  /** Write-only: stored encrypted, never shown; blank keeps the stored value. */
  readonly secret: boolean;
  readonly optional: boolean;
  readonly defaultValue?: string | number | boolean;
};

/** Form state: inputs hold text, check boxes booleans. */
export type ProviderFormValues = Record<string, string | boolean>;

const schemas = {
  solapi: solapiConfigSchema,
  fcm: fcmConfigSchema,
  smtp: smtpConfigSchema,
  webhook: webhookConfigSchema,
} as const;

type FieldName = keyof SolapiConfig | keyof SmtpConfig | string;

const isSecret = (key: FieldName) => (secretFields as readonly string[]).includes(key);

type Def = { type: string; innerType?: z.ZodType; defaultValue?: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function describe(key: string, schema: z.ZodType): ProviderField {
  let current = schema;
  let optional = false;
  let defaultValue: ProviderField['defaultValue'];
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      if (def.type === 'default') defaultValue = def.defaultValue as ProviderField['defaultValue'];
      current = def.innerType;
      continue;
    }
    const kind = def.type === 'number' ? 'number' : def.type === 'boolean' ? 'boolean' : 'string';
    return {
      key,
      kind,
      secret: isSecret(key),
      optional,
      ...(defaultValue === undefined ? {} : { defaultValue }),
    };
  }
}

/** The config inputs of a provider (none for the sandbox), in the schema's order. */
export function providerFields(provider: ChannelProvider): ProviderField[] {
  if (provider === 'sandbox') return [];
  return Object.entries(schemas[provider].shape)
    .filter(([key]) => key !== 'provider')
    .map(([key, schema]) => describe(key, schema as z.ZodType));
}

/** Providers that can carry a channel; the sandbox first (the default). In-app has none: the built-in inbox. */
export function providersFor(channel: Channel): ChannelProvider[] {
  if (channel === 'inapp') return [];
  return (Object.keys(providerChannels) as ChannelProvider[])
    .filter((provider) => (providerChannels[provider] as readonly string[]).includes(channel))
    .sort((a, b) => (a === 'sandbox' ? -1 : b === 'sandbox' ? 1 : 0));
}

/** Form values for a saved config: non-secret fields as stored, defaults otherwise, secrets always blank. */
export function initialValues(
  provider: ChannelProvider,
  config: Readonly<Record<string, unknown>>,
): ProviderFormValues {
  const values: ProviderFormValues = {};
  for (const field of providerFields(provider)) {
    const stored = field.secret ? undefined : config[field.key];
    const value = stored ?? field.defaultValue;
    values[field.key] = field.kind === 'boolean' ? value === true : value === undefined ? '' : String(value);
  }
  return values;
}

/**
 * The PUT body: numbers parsed, blank optional fields left out, blank secrets left out (the server keeps
 * the stored secret). A number that does not parse is sent as text so the server's field error shows.
 */
export function toProviderInput(provider: ChannelProvider, values: ProviderFormValues): ChannelSettingInput {
  const input: ChannelSettingInput = { provider };
  for (const field of providerFields(provider)) {
    const value = values[field.key];
    if (field.kind === 'boolean') {
      input[field.key] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') continue;
    if (field.kind === 'number') {
      const number = Number(text.replace(/,/g, ''));
      input[field.key] = Number.isFinite(number) ? number : text;
    } else {
      input[field.key] = text;
    }
  }
  return input;
}
