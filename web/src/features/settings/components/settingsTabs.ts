/** The settings sections, loaded as one chunk by the router. */
export { AccountSettingsTab } from './AccountSettingsTab';
export { AlimtalkTemplatesTab } from './AlimtalkTemplatesTab';
export { ApiKeysSettingsTab } from './ApiKeysSettingsTab';
export { ChannelsSettingsTab } from './ChannelsSettingsTab';
export { MessagingSettingsTab } from './MessagingSettingsTab';
export { PricesSettingsTab } from './PricesSettingsTab';
export { SettingsIndexRedirect } from './SettingsIndexRedirect';
