import { Liquid, type LiquidOptions } from 'liquidjs';
import { FORBIDDEN_TAGS, TemplateTagNotAllowedError } from './templateError';

/**
 * The limits of one Liquid parse or render, the same for previews, test runs and the engine's sends.
 * Real message templates stay far below them; a template over them fails that one message.
 */
export const TEMPLATE_LIMITS = {
  /** Characters of template source parsed at once (one content field). */
  parseLimit: 200_000,
  /** Milliseconds one field may take to render. */
  renderLimit: 200,
  /** Liquid's allocation budget (characters of strings built, items of arrays and ranges) per render. */
  memoryLimit: 5_000_000,
} as const;

const refuse = (): never => {
  throw new Error('Templates cannot read files');
};

/** A file system that has no files: every lookup misses and every read is refused. */
const noFiles: NonNullable<LiquidOptions['fs']> = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => refuse(),
  readFileSync: refuse,
  resolve: (_dir, file) => file,
  contains: async () => false,
  containsSync: () => false,
};

/**
 * The one factory of Liquid engines (renderer, syntax check): sandboxed — no file system, and
 * `include`/`render`/`layout` refused while parsing — and bounded by `TEMPLATE_LIMITS`.
 */
export function createLiquid(options: LiquidOptions = {}): Liquid {
  const liquid = new Liquid({
    ...options,
    fs: noFiles,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    dynamicPartials: false,
    cache: false,
    ...TEMPLATE_LIMITS,
  });
  for (const tag of FORBIDDEN_TAGS) {
    liquid.registerTag(tag, {
      parse() {
        throw new TemplateTagNotAllowedError(tag);
      },
      render() {
        throw new TemplateTagNotAllowedError(tag);
      },
    });
  }
  return liquid;
}
