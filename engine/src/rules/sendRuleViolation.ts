/**
 * Why a send may not go out: a stable rule `code` (stored at the start of the message's reason), a
 * sentence, and a short `detail` (the consent key, the cap) for the delivery worker's reason.
 */
export type SendRuleViolation = { readonly code: string; readonly why: string; readonly detail: string };
