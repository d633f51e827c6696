import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeRegistry, nodeTypes } from '@journeyflow/shared/journey/nodeRegistry';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeSummary } from '../features/editor/utils/nodeSummary';
import { en, ko } from './dictionary';
import { i18n } from './i18n';
import { detectLocale, useLocaleStore } from './localeStore';
import { i18nResources, namespaceNames } from './namespaces';
import { nodeTypeDescription, nodeTypeLabel } from './nodeTypeText';
import { translate } from './useT';

describe('i18n on i18next', () => {
  afterEach(() => useLocaleStore.setState({ locale: 'ko', userId: null, byUser: {} }));

  it('Korean for ko-* browsers and when the browser states nothing; English otherwise', () => {
    expect(detectLocale(['ko-KR'])).toBe('ko');
    expect(detectLocale([])).toBe('ko');
    expect(detectLocale(['en-US', 'de'])).toBe('en');
  });

  it('every merged key lives in exactly one namespace, in both languages', () => {
    const resources = i18nResources();
    for (const [language, all] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const keys = namespaceNames.flatMap((name) => Object.keys(resources[language][name] ?? {}));
      expect(keys.length).toBe(new Set(keys).size);
      expect(new Set(keys)).toEqual(new Set(Object.keys(all)));
    }
  });

  it('Korean and English have the same keys in every namespace', () => {
    const resources = i18nResources();
    expect(namespaceNames).toContain('common');
    for (const name of namespaceNames) {
      const enKeys = Object.keys(resources.en[name] ?? {}).sort();
      expect(enKeys.length, name).toBeGreaterThan(0);
      expect(Object.keys(resources.ko[name] ?? {}).sort(), name).toEqual(enKeys);
    }
  });

  it('has every key the code looks up literally', () => {
    const root = join(import.meta.dirname, '..');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
    );
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(/\b(?:t|translate)\(\s*'([^'{}$]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(500);
    const known = new Set(Object.keys(en));
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });

  it('follows the locale store and fills {name} placeholders, keeping unknown ones', () => {
    useLocaleStore.getState().setLocale('ko');
    expect(translate('refusal.attempts', { n: 3 })).toBe('3회');
    useLocaleStore.getState().setLocale('en');
    expect(i18n.language).toBe('en');
    expect(translate('refusal.attempts', { n: 3 })).toBe('3 times');
    expect(translate('refusal.attempts')).toBe('{n} times');
  });

  it('remembers the choice per user and restores it when that user signs in again', () => {
    const store = useLocaleStore.getState();
    store.adoptUser('u1');
    useLocaleStore.getState().setLocale('en');
    useLocaleStore.getState().adoptUser('u2');
    useLocaleStore.getState().setLocale('ko');
    useLocaleStore.getState().adoptUser('u1');
    expect(useLocaleStore.getState().locale).toBe('en');
    useLocaleStore.getState().adoptUser('u2');
    expect(useLocaleStore.getState().locale).toBe('ko');
    expect(i18n.language).toBe('ko');
  });

  it('names every node type in both languages (the shared registry is their one home)', () => {
    for (const type of nodeTypes) {
      expect(nodeTypeLabel(type, 'en')).toBe(nodeRegistry[type].label);
      expect(nodeTypeLabel(type, 'ko')).toMatch(/[가-힣]/);
      expect(nodeTypeDescription(type, 'ko')).not.toMatch(/\b(timeout|yes|no|else)\b/);
    }
  });

  it('summarises a step in the reader language with channel and duration words', () => {
    const send = { channel: 'alimtalk', purpose: 'info', content: {} } as never;
    expect(nodeSummary('send', send, 'ko')).toBe('알림톡 · 정보성');
    expect(nodeSummary('wait.event', { event: '구매', timeoutSeconds: 259_200 } as never, 'ko')).toBe(
      '구매 최대 3일',
    );
    expect(nodeSummary('wait.duration', { seconds: 60 } as never, 'en')).toBe('1 minute');
    expect(nodeSummary('wait.duration', { seconds: 5400 } as never, 'en')).toBe('90 minutes');
  });

  it('gives zod its Korean messages in Korean mode', async () => {
    const { z } = await import('zod');
    useLocaleStore.getState().setLocale('ko');
    const message = z.object({ name: z.string() }).safeParse({}).error?.issues[0]?.message ?? '';
    expect(message).toMatch(/[가-힣]/);
    useLocaleStore.getState().setLocale('en');
    expect(z.object({ name: z.string() }).safeParse({}).error?.issues[0]?.message).toMatch(/expected string/);
  });
});
