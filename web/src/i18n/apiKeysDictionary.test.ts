import { API_KEY_SCOPES } from '@journeyflow/shared/api/apiKeys';
import { describe, expect, it } from 'vitest';
import { settingsSections } from '../features/settings/settingsSections';
import { apiKeysEn, apiKeysKo } from './apiKeysDictionary';

describe('API key settings words', () => {
  it('name every scope the server accepts, in English and Korean', () => {
    for (const scope of API_KEY_SCOPES) {
      expect(apiKeysEn[`keys.scope.${scope}`]).toBeTruthy();
      expect(apiKeysKo[`keys.scope.${scope}`]).toBeTruthy();
      expect(apiKeysKo[`keys.scope.${scope}`]).not.toBe(apiKeysEn[`keys.scope.${scope}`]);
    }
    expect(settingsSections.map((s) => s.path)).toContain('api-keys');
  });
});
