import type { ChannelProvider } from '@journeyflow/shared/messaging/channelSettings';
import { secretsToReenter } from '@journeyflow/shared/messaging/secretsToReenter';
import { initialValues, type ProviderFormValues } from './providerFields';

/**
 * The stored secrets the form must ask for again because an endpoint field (base URL, SMTP host, …) was
 * edited — the server's rule (`secretsToReenter`) applied to the form's text, so the inputs say so before
 * the save is refused. Empty while no endpoint changed or for another provider than the saved one.
 */
export function secretsToEnterAgain(
  provider: ChannelProvider,
  savedConfig: Readonly<Record<string, unknown>>,
  values: ProviderFormValues,
  secretsSet: readonly string[],
): string[] {
  const { changed } = secretsToReenter({
    provider,
    previous: initialValues(provider, savedConfig),
    next: values,
    storedSecrets: secretsSet,
    suppliedSecrets: [],
  });
  return changed.length > 0 ? [...secretsSet].sort() : [];
}
