import { accountEn, accountKo } from './accountDictionary';
import { apiErrorEn, apiErrorKo } from './apiErrorDictionary';
import { apiKeysEn, apiKeysKo } from './apiKeysDictionary';
import { auditEn, auditKo } from './auditDictionary';
import { authEn, authKo } from './authDictionary';
import { canvasEn, canvasKo } from './canvasDictionary';
import { commonEn, commonKo } from './commonDictionary';
import { complianceEn, complianceKo } from './complianceDictionary';
import { conditionsEn, conditionsKo } from './conditionsDictionary';
import { contentFieldEn, contentFieldKo } from './contentFieldDictionary';
import { customersEn, customersKo } from './customersDictionary';
import { demoShopEn, demoShopKo } from './demoShopDictionary';
import { editorEn, editorKo } from './editorDictionary';
import { exportEn, exportKo } from './exportDictionary';
import { gradesEn, gradesKo } from './gradesDictionary';
import { insightsEn, insightsKo } from './insightsDictionary';
import { journeysEn, journeysKo } from './journeysDictionary';
import { labelsEn, labelsKo } from './labelsDictionary';
import { limitsEn, limitsKo } from './limitsDictionary';
import { linksEn, linksKo } from './linksDictionary';
import { listsEn, listsKo } from './listsDictionary';
import { liveEn, liveKo } from './liveDictionary';
import { messagesEn, messagesKo } from './messagesDictionary';
import { nodeTypesEn, nodeTypesKo } from './nodeTypesDictionary';
import { previewEn, previewKo } from './previewDictionary';
import { refusalEn, refusalKo } from './refusalDictionary';
import { reviewEn, reviewKo } from './reviewDictionary';
import { reviewWordsEn, reviewWordsKo } from './reviewWordsDictionary';
import { segmentsEn, segmentsKo } from './segmentsDictionary';
import { settingsEn, settingsKo } from './settingsDictionary';
import { teamEn, teamKo } from './teamDictionary';
import { templatesEn, templatesKo } from './templatesDictionary';
import { testRunEn, testRunKo } from './testRunDictionary';
import { testSendEn, testSendKo } from './testSendDictionary';
import { traceEn, traceKo } from './traceDictionary';
import { validationEn, validationKo } from './validationDictionary';

type Table = Readonly<Record<string, string>>;
type Pair = { readonly en: Table; readonly ko: Table };

export const COMMON_NAMESPACE = 'common';

/**
 * One i18next namespace per feature dictionary file; `common` holds the words every screen shares. Keys
 * are unique across files (i18n.test.ts proves it), so `useT()` looks a key up in every namespace without
 * naming one.
 */
const namespaces: Readonly<Record<string, Pair>> = {
  common: { en: commonEn, ko: commonKo },
  auth: { en: authEn, ko: authKo },
  journeys: { en: journeysEn, ko: journeysKo },
  editor: { en: editorEn, ko: editorKo },
  review: { en: reviewEn, ko: reviewKo },
  segments: { en: segmentsEn, ko: segmentsKo },
  customers: { en: customersEn, ko: customersKo },
  grades: { en: gradesEn, ko: gradesKo },
  settings: { en: settingsEn, ko: settingsKo },
  account: { en: accountEn, ko: accountKo },
  apiKeys: { en: apiKeysEn, ko: apiKeysKo },
  export: { en: exportEn, ko: exportKo },
  lists: { en: listsEn, ko: listsKo },
  conditions: { en: conditionsEn, ko: conditionsKo },
  team: { en: teamEn, ko: teamKo },
  testSend: { en: testSendEn, ko: testSendKo },
  preview: { en: previewEn, ko: previewKo },
  reviewWords: { en: reviewWordsEn, ko: reviewWordsKo },
  templates: { en: templatesEn, ko: templatesKo },
  contentField: { en: contentFieldEn, ko: contentFieldKo },
  links: { en: linksEn, ko: linksKo },
  live: { en: liveEn, ko: liveKo },
  compliance: { en: complianceEn, ko: complianceKo },
  audit: { en: auditEn, ko: auditKo },
  limits: { en: limitsEn, ko: limitsKo },
  refusal: { en: refusalEn, ko: refusalKo },
  labels: { en: labelsEn, ko: labelsKo },
  insights: { en: insightsEn, ko: insightsKo },
  apiError: { en: apiErrorEn, ko: apiErrorKo },
  canvas: { en: canvasEn, ko: canvasKo },
  nodeTypes: { en: nodeTypesEn, ko: nodeTypesKo },
  demoShop: { en: demoShopEn, ko: demoShopKo },
  messages: { en: messagesEn, ko: messagesKo },
  validation: { en: validationEn, ko: validationKo },
  trace: { en: traceEn, ko: traceKo },
  testRun: { en: testRunEn, ko: testRunKo },
};

/** i18next resources: every namespace in both languages. */
export function i18nResources(): Record<'en' | 'ko', Record<string, Table>> {
  const build = (language: 'en' | 'ko') =>
    Object.fromEntries(Object.entries(namespaces).map(([name, pair]) => [name, pair[language]]));
  return { en: build('en'), ko: build('ko') };
}

export const namespaceNames: readonly string[] = Object.keys(namespaces);
