import type { Channel, ChannelContentMap } from '@journeyflow/shared/messaging/channelContent';
import {
  type RenderContext,
  type RenderOptions,
  type RenderResult,
  renderContent,
} from '@journeyflow/shared/messaging/renderContent';
import { TemplateError } from '@journeyflow/shared/messaging/templateError';
import { unsafeLinkReason, unsafeLinks } from '@journeyflow/shared/messaging/unsafeLinks';
import { TemplateRefusedError } from '../errors/templateRefusedError';

type LinkIssue = { readonly code: 'unsafe_link'; readonly message: string; readonly severity: 'error' };

/**
 * Renders a template preview with the engine's rules: a template the sandbox refuses or that exceeds the
 * limits answers 422 with its code; a link that is not http(s) after rendering is an `unsafe_link` error
 * issue (the message would fail) and is left out of the rendered fields, so it never becomes a link.
 */
export function renderPreview(
  channel: Channel,
  content: ChannelContentMap[Channel],
  context: RenderContext,
  options: RenderOptions,
): RenderResult & { readonly linkIssues: readonly LinkIssue[] } {
  let result: RenderResult;
  try {
    result = renderContent(channel, content, context, options);
  } catch (error) {
    if (error instanceof TemplateError) throw new TemplateRefusedError(error);
    throw error;
  }
  const unsafe = unsafeLinks(channel, result.rendered);
  if (unsafe.length === 0) return { ...result, linkIssues: [] };
  const rendered = { ...(result.rendered as Record<string, unknown>) };
  for (const { path } of unsafe) {
    const [field] = path;
    // A button keeps its label without its link; an e-mail body with a bad link is not shown at all.
    if (field === 'buttons' && Array.isArray(rendered.buttons)) {
      rendered.buttons = (rendered.buttons as Record<string, unknown>[]).map((button, index) =>
        index === path[1] ? { ...button, url: '' } : button,
      );
    } else if (typeof field === 'string') rendered[field] = '';
  }
  return {
    rendered: rendered as RenderResult['rendered'],
    missingVariables: result.missingVariables,
    linkIssues: [
      {
        code: 'unsafe_link',
        message: `This message would fail: ${unsafeLinkReason(unsafe)}`,
        severity: 'error',
      },
    ],
  };
}
