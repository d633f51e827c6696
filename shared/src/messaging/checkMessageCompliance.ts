import {
  AD_OPT_OUT_MARK,
  formatOptoutNumber,
  hasOptOutLine,
  optoutLineNames,
  workspaceOptoutNumber,
} from '../compliance/optoutNumber';
import type { NodeSettingsIssue } from '../journey/nodeDefinition';
import type { Channel, ChannelContentMap, MessagePurpose, SmsContent } from './channelContent';
import { classifySms, LMS_MAX_BYTES, SMS_SUBJECT_MAX_BYTES } from './classifySms';

export const AD_PREFIX = '(광고)';
export const BRAND_MESSAGE_MAX_CHARS = 1000;

type Path = readonly (string | number)[];

/** The workspace's advertising identity an ad must carry (messaging settings); unknown parts are not checked. */
export type AdIdentity = {
  readonly senderName?: string;
  /** The workspace's opt-out line; the ad's `무료수신거부` line must name its 080 number. */
  readonly optoutLine?: string;
};

/** A message's content paired with its channel, so the content's shape follows the channel. */
export type ChannelMessage = { [C in Channel]: { channel: C; content: ChannelContentMap[C] } }[Channel];

export function startsWithAdPrefix(text: string): boolean {
  return text.trimStart().startsWith(AD_PREFIX);
}

function missingPrefix(path: Path, field: string): NodeSettingsIssue {
  return {
    code: 'ad_missing_prefix',
    message: `An advertising message must start with "${AD_PREFIX}" (Korean advertising law); add it at the start of the ${field}.`,
    severity: 'error',
    path: [...path, field],
    params: { prefix: AD_PREFIX, field },
  };
}

function missingOptOut(
  path: Path,
  field: string,
  severity: 'error' | 'warning',
  hint: string,
): NodeSettingsIssue {
  return {
    code: 'ad_missing_optout',
    message: `An advertising message must tell how to refuse further ads for free; ${hint}`,
    severity,
    path: [...path, field],
    params: { mark: AD_OPT_OUT_MARK },
  };
}

function infoLooksLikeAd(path: Path): NodeSettingsIssue {
  return {
    code: 'info_marked_as_ad',
    message: `This message starts with "${AD_PREFIX}" but is marked informational; mark it as an ad so consent and night-time rules apply.`,
    severity: 'warning',
    path: [...path, 'text'],
    params: { prefix: AD_PREFIX },
  };
}

/**
 * The `(광고)` prefix and the free opt-out line of a text ad (SMS, Brand Message). When the workspace has
 * an 080 number, the opt-out line must name that number: another number, or the words alone, do not count.
 */
function textAdRules(text: string, path: Path, identity: AdIdentity): NodeSettingsIssue[] {
  const issues: NodeSettingsIssue[] = [];
  if (!startsWithAdPrefix(text)) issues.push(missingPrefix(path, 'text'));
  const number = workspaceOptoutNumber(identity.optoutLine);
  const example = identity.optoutLine?.trim() || `${AD_OPT_OUT_MARK} 080-123-4567`;
  if (!hasOptOutLine(text)) {
    issues.push(missingOptOut(path, 'text', 'error', `add a line such as "${example}" to the text.`));
  } else if (number !== undefined && !optoutLineNames(text, number)) {
    issues.push({
      code: 'ad_optout_number_mismatch',
      message: `The opt-out line must name this workspace's free 080 number ${formatOptoutNumber(number)} (e.g. "${example}").`,
      severity: 'error',
      path: [...path, 'text'],
      params: { number: formatOptoutNumber(number) },
    });
  }
  return issues;
}

/** Checks an SMS/LMS/MMS text for size, encodability and, for ads, the advertising rules. */
export function checkSmsContent(
  content: SmsContent,
  purpose: MessagePurpose,
  path: Path,
  identity: AdIdentity = {},
): NodeSettingsIssue[] {
  const issues: NodeSettingsIssue[] = [];
  const sms = classifySms(content);
  if (sms.bytes > LMS_MAX_BYTES) {
    issues.push({
      code: 'sms_too_long',
      message: `The text is ${sms.bytes.toLocaleString('en-US')} bytes before personalization; a text message can carry at most ${LMS_MAX_BYTES.toLocaleString('en-US')} bytes (a Hangul character counts 2).`,
      severity: 'error',
      path: [...path, 'text'],
      params: { bytes: sms.bytes, max: LMS_MAX_BYTES },
    });
  }
  if (sms.subjectBytes > SMS_SUBJECT_MAX_BYTES) {
    issues.push({
      code: 'sms_subject_too_long',
      message: `The subject is ${sms.subjectBytes} bytes; an LMS subject can have at most ${SMS_SUBJECT_MAX_BYTES} bytes (about 20 Hangul characters).`,
      severity: 'error',
      path: [...path, 'subject'],
      params: { bytes: sms.subjectBytes, max: SMS_SUBJECT_MAX_BYTES },
    });
  }
  if (sms.unsupportedChars.length > 0) {
    issues.push({
      code: 'sms_unsupported_chars',
      message: `Text messages cannot show ${sms.unsupportedChars.join(' ')} (not in the Korean character set); phones would show "?" instead.`,
      severity: 'warning',
      path: [...path, 'text'],
      params: { chars: sms.unsupportedChars.join(' ') },
    });
  }
  if (purpose === 'ad') issues.push(...textAdRules(content.text, path, identity));
  else if (startsWithAdPrefix(content.text)) issues.push(infoLooksLikeAd(path));
  return issues;
}

/**
 * Korean messaging rules for one message's content (SPEC §6): `(광고)` first, the sender's name, a free
 * opt-out line naming the workspace's own 080 number, and each channel's size limits. `path` points at
 * the content inside the node settings. Send-level rules (AlimTalk never for ads, the template's purpose)
 * are in `checkSendCompliance`.
 */
export function checkMessageCompliance(
  message: ChannelMessage,
  purpose: MessagePurpose,
  path: Path,
  identity: AdIdentity = {},
): NodeSettingsIssue[] {
  const issues = channelRules(message, purpose, path, identity);
  const sender = identity.senderName?.trim();
  if (purpose === 'ad' && sender) {
    const shown = adVisibleText(message);
    if (shown !== undefined && !shown.text.includes(sender)) {
      issues.push({
        code: 'ad_missing_sender',
        message: `An advertising message must name the sender; add "${sender}" (e.g. "${AD_PREFIX}[${sender}] …").`,
        severity: 'error',
        path: [...path, shown.field],
        params: { sender },
      });
    }
  }
  return issues;
}

/** The text a person sees in an ad, where the sender's name belongs. */
function adVisibleText(message: ChannelMessage): { text: string; field: string } | undefined {
  switch (message.channel) {
    case 'sms':
    case 'brandmessage':
      return { text: message.content.text, field: 'text' };
    case 'push':
      return { text: `${message.content.title} ${message.content.body}`, field: 'title' };
    case 'email':
      return { text: `${message.content.subject} ${message.content.html}`, field: 'subject' };
    default:
      return undefined;
  }
}

function channelRules(
  message: ChannelMessage,
  purpose: MessagePurpose,
  path: Path,
  identity: AdIdentity,
): NodeSettingsIssue[] {
  switch (message.channel) {
    case 'sms':
      return checkSmsContent(message.content, purpose, path, identity);
    case 'brandmessage': {
      const issues: NodeSettingsIssue[] = [];
      const { text } = message.content;
      if (text.length > BRAND_MESSAGE_MAX_CHARS) {
        issues.push({
          code: 'brandmessage_too_long',
          message: `The text has ${text.length} characters; a Brand Message can have at most ${BRAND_MESSAGE_MAX_CHARS}.`,
          severity: 'error',
          path: [...path, 'text'],
          params: { length: text.length, max: BRAND_MESSAGE_MAX_CHARS },
        });
      }
      if (purpose === 'ad') issues.push(...textAdRules(text, path, identity));
      else if (startsWithAdPrefix(text)) issues.push(infoLooksLikeAd(path));
      return issues;
    }
    case 'push': {
      if (purpose !== 'ad') return [];
      const { title, body } = message.content;
      const issues: NodeSettingsIssue[] = [];
      if (!startsWithAdPrefix(title) && !startsWithAdPrefix(body)) issues.push(missingPrefix(path, 'title'));
      if (!hasOptOutLine(`${title} ${body}`)) {
        issues.push(
          missingOptOut(
            path,
            'body',
            'warning',
            'mention how to turn ads off (e.g. "수신거부: 설정 > 알림"), or make sure the app shows it.',
          ),
        );
      }
      return issues;
    }
    case 'email': {
      if (purpose !== 'ad') return [];
      const { subject, html, text } = message.content;
      const issues: NodeSettingsIssue[] = [];
      if (!startsWithAdPrefix(subject)) issues.push(missingPrefix(path, 'subject'));
      const body = `${html} ${text ?? ''}`.replace(/\s+/g, '');
      if (!body.includes('수신거부') && !/unsubscribe/i.test(body)) {
        issues.push(
          missingOptOut(path, 'html', 'warning', 'add an unsubscribe (수신거부) link to the email.'),
        );
      }
      return issues;
    }
    // AlimTalk ads are refused before content is looked at (see checkSendCompliance); in-app messages
    // are shown inside the customer's own session and webhooks reach systems, not people.
    case 'alimtalk':
    case 'inapp':
    case 'webhook':
      return [];
  }
}
