import type { DraftJourneyGraph } from '../journey/graph';
import type { MessagePurpose, SmsContent } from '../messaging/channelContent';
import { channelSchema, messagePurposeSchema } from '../messaging/channelContent';
import { type ComplianceContext, checkSendCompliance } from './checkSendCompliance';
import { effectivePurpose } from './effectivePurpose';

/** A compliance warning left open on an advertising send step; publishing waits until none is left. */
export type AdStepWarning = {
  readonly nodeId: string;
  /** The step's name on the canvas, when it has one (messages name steps, not ids). */
  readonly nodeName?: string;
  readonly code: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
};

type SendSettingsLike = {
  readonly channel?: unknown;
  readonly purpose?: unknown;
  readonly templateId?: unknown;
  readonly content?: unknown;
  readonly fallback?: unknown;
};

/**
 * The ad-law rule of issue 16: a warning of the one compliance check (`checkSendCompliance`) on a step
 * that sends an ad — emoji an SMS cannot show, an informational template sent as an ad, an opt-out line
 * missing from a push or an email — is not left for customers to find. The server refuses to publish
 * while any is open; the review screen lists them in the approval summary. Errors block earlier (at
 * submit) through `validateJourney`, so only warnings are returned here.
 */
export function openAdStepWarnings(
  graph: Pick<DraftJourneyGraph, 'nodes'>,
  context: ComplianceContext,
): AdStepWarning[] {
  const warnings: AdStepWarning[] = [];
  for (const node of graph.nodes) {
    if (node.type !== 'send') continue;
    const settings = (node.settings ?? {}) as SendSettingsLike;
    const channel = channelSchema.safeParse(settings.channel);
    const stepPurpose = messagePurposeSchema.safeParse(settings.purpose);
    if (!channel.success || !stepPurpose.success) continue;
    const templateId = typeof settings.templateId === 'string' ? settings.templateId : undefined;
    const templatePurpose: MessagePurpose | undefined = templateId
      ? context.templates?.find((template) => template.id === templateId)?.purpose
      : undefined;
    if (effectivePurpose(stepPurpose.data, templatePurpose) !== 'ad') continue;
    const issues = checkSendCompliance(
      {
        channel: channel.data,
        purpose: stepPurpose.data,
        ...(templateId !== undefined ? { templateId } : { content: settings.content }),
        ...(isSmsFallback(settings.fallback) ? { fallback: settings.fallback } : {}),
      },
      context,
    );
    for (const issue of issues) {
      if (issue.severity !== 'warning') continue;
      warnings.push({
        nodeId: node.id,
        ...(node.label ? { nodeName: node.label } : {}),
        code: issue.code,
        message: issue.message,
        params: issue.params ?? {},
      });
    }
  }
  return warnings;
}

const isSmsFallback = (value: unknown): value is { channel: 'sms'; content: SmsContent } =>
  typeof value === 'object' &&
  value !== null &&
  (value as { channel?: unknown }).channel === 'sms' &&
  typeof (value as { content?: { text?: unknown } }).content?.text === 'string';
