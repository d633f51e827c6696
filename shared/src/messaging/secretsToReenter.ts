import type { ProviderName } from './providerConfig';

/**
 * Fields that say where a provider's stored secrets are sent. Changing one of them requires entering the
 * secrets again, so whoever can edit the settings cannot point stored credentials at a host of their
 * choosing. (FCM's `token_uri` lives inside the key file, which is itself a secret.)
 */
export const providerEndpointFields = {
  solapi: ['baseUrl'],
  fcm: ['baseUrl', 'projectId'],
  smtp: ['host', 'port', 'secure'],
  webhook: [],
  sandbox: [],
} as const satisfies Record<ProviderName, readonly string[]>;

const same = (a: unknown, b: unknown) => String(a ?? '').trim() === String(b ?? '').trim();

/** The endpoint fields whose value differs between the saved config and the new one. */
export function changedEndpointFields(
  provider: ProviderName,
  previous: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
): string[] {
  return providerEndpointFields[provider].filter((field) => !same(previous[field], next[field]));
}

/**
 * The stored secrets that must be typed in again before saving: all of them that were not supplied, when
 * an endpoint field changed; none otherwise. The server refuses the save (422 `secrets_required`) and the
 * settings form asks for them with the same rule.
 */
export function secretsToReenter(change: {
  readonly provider: ProviderName;
  readonly previous: Readonly<Record<string, unknown>>;
  readonly next: Readonly<Record<string, unknown>>;
  readonly storedSecrets: readonly string[];
  readonly suppliedSecrets: readonly string[];
}): { readonly changed: string[]; readonly missing: string[] } {
  const changed = changedEndpointFields(change.provider, change.previous, change.next);
  if (changed.length === 0) return { changed, missing: [] };
  const missing = change.storedSecrets.filter((secret) => !change.suppliedSecrets.includes(secret)).sort();
  return { changed, missing };
}
