import type { MessageKey } from '../../i18n/dictionary';

/** The sections of `/settings/*`, each deep-linkable. */
export const settingsSections: readonly { path: string; key: MessageKey }[] = [
  { path: 'channels', key: 'cfg.tab.channels' },
  { path: 'alimtalk-templates', key: 'cfg.tab.alimtalk' },
  { path: 'prices', key: 'cfg.tab.prices' },
  { path: 'messaging', key: 'cfg.tab.messaging' },
  { path: 'grades', key: 'cfg.tab.grades' },
  { path: 'account', key: 'acct.tab' },
  { path: 'team', key: 'cfg.tab.team' },
  { path: 'test-recipients', key: 'cfg.tab.testRecipients' },
  { path: 'review', key: 'cfg.tab.review' },
  { path: 'audit', key: 'cfg.tab.audit' },
  { path: 'api-keys', key: 'cfg.tab.apiKeys' },
];
