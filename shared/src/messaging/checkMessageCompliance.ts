import type { NodeSettingsIssue } from '../journey/nodeDefinition';
import type { Channel, ChannelContentMap, MessagePurpose, SmsContent } from './channelContent';
import { classifySms, LMS_MAX_BYTES, SMS_SUBJECT_MAX_BYTES } from './classifySms';

export const AD_PREFIX = '(광고)';
export const AD_OPT_OUT_MARK = '무료수신거부';
export const BRAND_MESSAGE_MAX_CHARS = 1000;

type Path = readonly (string | number)[];

/** A message's content paired with its channel, so the content's shape follows the channel. */
export type ChannelMessage = { [C in Channel]: { channel: C; content: ChannelContentMap[C] } }[Channel];

export function startsWithAdPrefix(text: string): boolean {
  return text.trimStart().startsWith(AD_PREFIX);
}

/** The opt-out line is recognized with or without spaces ("무료 수신거부"). */
export function hasOptOutLine(text: string): boolean {
  return text.replace(/\s+/g, '').includes(AD_OPT_OUT_MARK);
}

function missingPrefix(path: Path, where: string): NodeSettingsIssue {
  return {
    code: 'ad_missing_prefix',
    message: `An advertising message must start with "${AD_PREFIX}" (Korean advertising law); add it at the start of the ${where}.`,
    severity: 'error',
    path,
  };
}

function missingOptOut(path: Path, severity: 'error' | 'warning', hint: string): NodeSettingsIssue {
  return {
    code: 'ad_missing_optout',
    message: `An advertising message must tell how to refuse further ads for free; ${hint}`,
    severity,
    path,
  };
}

function infoLooksLikeAd(path: Path): NodeSettingsIssue {
  return {
    code: 'info_marked_as_ad',
    message: `This message starts with "${AD_PREFIX}" but is marked informational; mark it as an ad so consent and night-time rules apply.`,
    severity: 'warning',
    path,
  };
}

/** Checks an SMS/LMS/MMS text for size, encodability and, for ads, the advertising rules. */
export function checkSmsContent(
  content: SmsContent,
  purpose: MessagePurpose,
  path: Path,
): NodeSettingsIssue[] {
  const issues: NodeSettingsIssue[] = [];
  const sms = classifySms(content);
  if (sms.bytes > LMS_MAX_BYTES) {
    issues.push({
      code: 'sms_too_long',
      message: `The text is ${sms.bytes.toLocaleString('en-US')} bytes before personalization; a text message can carry at most ${LMS_MAX_BYTES.toLocaleString('en-US')} bytes (a Hangul character counts 2).`,
      severity: 'error',
      path: [...path, 'text'],
    });
  }
  if (sms.subjectBytes > SMS_SUBJECT_MAX_BYTES) {
    issues.push({
      code: 'sms_subject_too_long',
      message: `The subject is ${sms.subjectBytes} bytes; an LMS subject can have at most ${SMS_SUBJECT_MAX_BYTES} bytes (about 20 Hangul characters).`,
      severity: 'error',
      path: [...path, 'subject'],
    });
  }
  if (sms.unsupportedChars.length > 0) {
    issues.push({
      code: 'sms_unsupported_chars',
      message: `Text messages cannot show ${sms.unsupportedChars.join(' ')} (not in the Korean character set); phones would show "?" instead.`,
      severity: 'warning',
      path: [...path, 'text'],
    });
  }
  if (purpose === 'ad') {
    if (!startsWithAdPrefix(content.text)) issues.push(missingPrefix([...path, 'text'], 'text'));
    if (!hasOptOutLine(content.text)) {
      issues.push(
        missingOptOut(
          [...path, 'text'],
          'error',
          `add a line such as "${AD_OPT_OUT_MARK} 080-123-4567" to the text.`,
        ),
      );
    }
  } else if (startsWithAdPrefix(content.text)) {
    issues.push(infoLooksLikeAd([...path, 'text']));
  }
  return issues;
}

/**
 * Korean messaging rules for one message (SPEC §6): `(광고)` first, a free opt-out line, no ads by
 * AlimTalk, and each channel's size limits. `path` points at the content inside the node settings.
 */
export function checkMessageCompliance(
  message: ChannelMessage,
  purpose: MessagePurpose,
  path: Path,
  options: { readonly senderName?: string } = {},
): NodeSettingsIssue[] {
  const issues = channelRules(message, purpose, path);
  const sender = options.senderName?.trim();
  if (purpose === 'ad' && sender) {
    const shown = adVisibleText(message);
    if (shown !== undefined && !shown.text.includes(sender)) {
      issues.push({
        code: 'ad_missing_sender',
        message: `An advertising message must name the sender; add "${sender}" (e.g. "${AD_PREFIX}[${sender}] …").`,
        severity: 'warning',
        path: [...path, shown.field],
      });
    }
  }
  return issues;
}

/** The text a person sees first in an ad, where the sender's name belongs. */
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

function channelRules(message: ChannelMessage, purpose: MessagePurpose, path: Path): NodeSettingsIssue[] {
  switch (message.channel) {
    case 'sms':
      return checkSmsContent(message.content, purpose, path);
    case 'brandmessage': {
      const issues: NodeSettingsIssue[] = [];
      const { text } = message.content;
      if (text.length > BRAND_MESSAGE_MAX_CHARS) {
        issues.push({
          code: 'brandmessage_too_long',
          message: `The text has ${text.length} characters; a Brand Message can have at most ${BRAND_MESSAGE_MAX_CHARS}.`,
          severity: 'error',
          path: [...path, 'text'],
        });
      }
      if (purpose === 'ad') {
        if (!startsWithAdPrefix(text)) issues.push(missingPrefix([...path, 'text'], 'text'));
        if (!hasOptOutLine(text)) {
          issues.push(
            missingOptOut(
              [...path, 'text'],
              'error',
              `add a line such as "${AD_OPT_OUT_MARK} 080-123-4567".`,
            ),
          );
        }
      } else if (startsWithAdPrefix(text)) {
        issues.push(infoLooksLikeAd([...path, 'text']));
      }
      return issues;
    }
    case 'push': {
      if (purpose !== 'ad') return [];
      const { title, body } = message.content;
      const issues: NodeSettingsIssue[] = [];
      if (!startsWithAdPrefix(title) && !startsWithAdPrefix(body)) {
        issues.push(missingPrefix([...path, 'title'], 'title'));
      }
      if (!hasOptOutLine(`${title} ${body}`)) {
        issues.push(
          missingOptOut(
            [...path, 'body'],
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
      if (!startsWithAdPrefix(subject)) issues.push(missingPrefix([...path, 'subject'], 'subject'));
      const body = `${html} ${text ?? ''}`.replace(/\s+/g, '');
      if (!body.includes('수신거부') && !/unsubscribe/i.test(body)) {
        issues.push(
          missingOptOut([...path, 'html'], 'warning', 'add an unsubscribe (수신거부) link to the email.'),
        );
      }
      return issues;
    }
    // AlimTalk ads are refused before content is looked at (see checkSendSettings); in-app messages
    // are shown inside the customer's own session and webhooks reach systems, not people.
    case 'alimtalk':
    case 'inapp':
    case 'webhook':
      return [];
  }
}
