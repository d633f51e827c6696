import { accountEn, accountKo } from './accountDictionary';
import { apiErrorEn, apiErrorKo } from './apiErrorDictionary';
import { apiKeysEn, apiKeysKo } from './apiKeysDictionary';
import { auditEn, auditKo } from './auditDictionary';
import { canvasEn, canvasKo } from './canvasDictionary';
import { complianceEn, complianceKo } from './complianceDictionary';
import { contentFieldEn, contentFieldKo } from './contentFieldDictionary';
import { demoShopEn, demoShopKo } from './demoShopDictionary';
import { en, ko } from './dictionary';
import { exportEn, exportKo } from './exportDictionary';
import { insightsEn, insightsKo } from './insightsDictionary';
import { labelsEn, labelsKo } from './labelsDictionary';
import { limitsEn, limitsKo } from './limitsDictionary';
import { liveEn, liveKo } from './liveDictionary';
import { messagesEn, messagesKo } from './messagesDictionary';
import { nodeTypesEn, nodeTypesKo } from './nodeTypesDictionary';
import { refusalEn, refusalKo } from './refusalDictionary';
import { settingsEn, settingsKo } from './settingsDictionary';
import { templatesEn, templatesKo } from './templatesDictionary';
import { testRunEn, testRunKo } from './testRunDictionary';
import { traceEn, traceKo } from './traceDictionary';
import { validationEn, validationKo } from './validationDictionary';

type Table = Readonly<Record<string, string>>;
type Pair = { readonly en: Table; readonly ko: Table };

/**
 * One i18next namespace per feature dictionary file. Keys are unique across files (the merged `en`/`ko`
 * tables in dictionary.ts prove it), so `useT()` looks a key up in every namespace without naming one.
 */
const featureNamespaces: Readonly<Record<string, Pair>> = {
  account: { en: accountEn, ko: accountKo },
  apiKeys: { en: apiKeysEn, ko: apiKeysKo },
  audit: { en: auditEn, ko: auditKo },
  compliance: { en: complianceEn, ko: complianceKo },
  contentField: { en: contentFieldEn, ko: contentFieldKo },
  export: { en: exportEn, ko: exportKo },
  insights: { en: insightsEn, ko: insightsKo },
  labels: { en: labelsEn, ko: labelsKo },
  limits: { en: limitsEn, ko: limitsKo },
  live: { en: liveEn, ko: liveKo },
  refusal: { en: refusalEn, ko: refusalKo },
  settings: { en: settingsEn, ko: settingsKo },
  templates: { en: templatesEn, ko: templatesKo },
  apiError: { en: apiErrorEn, ko: apiErrorKo },
  canvas: { en: canvasEn, ko: canvasKo },
  nodeTypes: { en: nodeTypesEn, ko: nodeTypesKo },
  demoShop: { en: demoShopEn, ko: demoShopKo },
  messages: { en: messagesEn, ko: messagesKo },
  validation: { en: validationEn, ko: validationKo },
  trace: { en: traceEn, ko: traceKo },
  testRun: { en: testRunEn, ko: testRunKo },
};

export const COMMON_NAMESPACE = 'common';

function rest(all: Table, language: 'en' | 'ko'): Table {
  const owned = new Set(Object.values(featureNamespaces).flatMap((pair) => Object.keys(pair[language])));
  return Object.fromEntries(Object.entries(all).filter(([key]) => !owned.has(key)));
}

/**
 * i18next resources: the feature namespaces plus `common`, which holds every merged key no feature file
 * owns (dictionary.ts's own words, and any file merged there but not yet listed above).
 */
export function i18nResources(): Record<'en' | 'ko', Record<string, Table>> {
  const build = (language: 'en' | 'ko', all: Table) => ({
    [COMMON_NAMESPACE]: rest(all, language),
    ...Object.fromEntries(Object.entries(featureNamespaces).map(([name, pair]) => [name, pair[language]])),
  });
  return { en: build('en', en), ko: build('ko', ko) };
}

export const namespaceNames: readonly string[] = [COMMON_NAMESPACE, ...Object.keys(featureNamespaces)];
