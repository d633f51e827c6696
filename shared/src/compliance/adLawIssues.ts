import type { NodeSettingsIssue } from '../journey/nodeDefinition';

/** Issue codes of the Korean advertising rules (SPEC §6): an ad template breaking one cannot be saved. */
export const AD_LAW_CODES: ReadonlySet<string> = new Set([
  'ad_missing_prefix',
  'ad_missing_optout',
  'ad_missing_sender',
  'ad_optout_number_mismatch',
  'alimtalk_ad_forbidden',
  'brandmessage_ad_only',
]);

/** The errors among `issues` that the advertising rules raise. */
export function adLawErrors<T extends Pick<NodeSettingsIssue, 'code' | 'severity'>>(
  issues: readonly T[],
): T[] {
  return issues.filter((issue) => issue.severity === 'error' && AD_LAW_CODES.has(issue.code));
}
