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

/**
 * The UI's words in Korean and English, merged from the namespace files (one per feature, listed in
 * namespaces.ts). English is the reference: every key must exist in Korean too, which the `Dictionary`
 * type enforces. Button names the test hooks rely on (`Save`, `Submit for review`, `Approve`, `Reject`,
 * `Publish`, `Pause`) are kept in English as accessible names in both locales (see `ActionButton`), so
 * only their visible captions are translated.
 */
export const en = {
  ...commonEn,
  ...authEn,
  ...journeysEn,
  ...editorEn,
  ...reviewEn,
  ...segmentsEn,
  ...customersEn,
  ...gradesEn,
  ...settingsEn,
  ...accountEn,
  ...apiKeysEn,
  ...exportEn,
  ...listsEn,
  ...conditionsEn,
  ...teamEn,
  ...testSendEn,
  ...previewEn,
  ...reviewWordsEn,
  ...templatesEn,
  ...contentFieldEn,
  ...linksEn,
  ...liveEn,
  ...complianceEn,
  ...auditEn,
  ...limitsEn,
  ...refusalEn,
  ...labelsEn,
  ...insightsEn,
  ...apiErrorEn,
  ...canvasEn,
  ...nodeTypesEn,
  ...demoShopEn,
  ...messagesEn,
  ...validationEn,
  ...traceEn,
  ...testRunEn,
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = { readonly [K in MessageKey]: string };

export const ko: Dictionary = {
  ...commonKo,
  ...authKo,
  ...journeysKo,
  ...editorKo,
  ...reviewKo,
  ...segmentsKo,
  ...customersKo,
  ...gradesKo,
  ...settingsKo,
  ...accountKo,
  ...apiKeysKo,
  ...exportKo,
  ...listsKo,
  ...conditionsKo,
  ...teamKo,
  ...testSendKo,
  ...previewKo,
  ...reviewWordsKo,
  ...templatesKo,
  ...contentFieldKo,
  ...linksKo,
  ...liveKo,
  ...complianceKo,
  ...auditKo,
  ...limitsKo,
  ...refusalKo,
  ...labelsKo,
  ...insightsKo,
  ...apiErrorKo,
  ...canvasKo,
  ...nodeTypesKo,
  ...demoShopKo,
  ...messagesKo,
  ...validationKo,
  ...traceKo,
  ...testRunKo,
};
