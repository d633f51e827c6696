import { randomBytes } from 'node:crypto';
import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import {
  defaultUtm,
  rewriteMessageLinks,
  SHORT_CODE_ALPHABET,
  SHORT_CODE_LENGTH,
  shortLinkUrl,
  withUtm,
} from '@journeyflow/shared/messaging/trackLinks';
import type { ShortLinkRow } from '../step/stepWrites';
import type { NodeContext } from './nodeHandler';

/** A fresh short code: base62 from crypto random bytes (rejection sampling, so every symbol is equally likely). */
export function newShortCode(length = SHORT_CODE_LENGTH): string {
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && code.length < length) code += SHORT_CODE_ALPHABET[byte % 62];
    }
  }
  return code;
}

/** Codes already taken, in the database or earlier in this batch. */
async function takenCodes(ctx: NodeContext<'send'>, codes: readonly string[]): Promise<Set<string>> {
  const taken = new Set(codes.filter((c) => ctx.env.writes.shortLinks.some((l) => l.code === c)));
  const rows = await ctx.env.tx.query<{ code: string }>(
    'select code from short_links where code = any($1::text[])',
    [codes],
  );
  for (const row of rows) taken.add(row.code);
  return taken;
}

/**
 * The one place tracked links are made (SPEC §7a): every followable http(s) link of a rendered message
 * becomes `<linkBase>/l/<code>` (the workspace's link host, else `publicUrl`), the original (with UTM parameters) is stored in `short_links` with the
 * message. Runs after the unsafe-link check, so only links that passed it are shortened. Codes are
 * collision-checked; a collision (about one in 10^14) draws new codes. Off when the node's "링크 추적" is.
 */
export async function trackSendLinks(
  ctx: NodeContext<'send'>,
  channel: Channel,
  messageId: string,
  rendered: unknown,
  linkBase: string = ctx.env.options.publicUrl,
): Promise<unknown> {
  const tracking = ctx.node.settings.linkTracking;
  if (tracking?.enabled === false) return rendered;
  const { run, node, env, customer } = ctx;
  const utm = {
    ...defaultUtm(ctx.node.settings.channel, run.journeyId, node.id),
    ...(tracking?.utm ?? {}),
  };
  const expiresAt = new Date(env.now.getTime() + env.options.shortLinkTtlDays * 86_400_000);
  for (let attempt = 0; attempt < 5; attempt++) {
    const links: ShortLinkRow[] = [];
    const result = rewriteMessageLinks(channel, rendered, (url, spot) => {
      const code = newShortCode();
      links.push({
        code,
        workspaceId: run.workspaceId,
        url: withUtm(url, utm),
        messageId,
        runId: run.id,
        journeyId: run.journeyId,
        nodeId: node.id,
        customerId: customer.id,
        externalId: customer.externalId,
        channel,
        spot,
        createdAt: env.now,
        expiresAt,
      });
      return shortLinkUrl(linkBase, code);
    });
    if (links.length === 0) return rendered;
    const taken = await takenCodes(
      ctx,
      links.map((l) => l.code),
    );
    if (taken.size === 0 && new Set(links.map((l) => l.code)).size === links.length) {
      env.writes.shortLinks.push(...links);
      return result;
    }
  }
  throw new Error('could not draw an unused short-link code in 5 attempts');
}
