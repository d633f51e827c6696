import { Drop, filters, type Liquid, type Template } from 'liquidjs';
import { pickTimeZone } from '../journey/timezone';
import type { Channel, ChannelContentMap } from './channelContent';
import { createLiquid, TEMPLATE_LIMITS } from './createLiquid';
import { toTemplateError } from './templateError';

/** What a template can read: `customer.*`, `event.*`, `journey.*`, `coupon.*`, `now`. */
export type RenderContext = {
  /** Attributes (name, phone, …) are readable directly as `customer.name`; built-ins win on clashes. */
  readonly customer: {
    readonly externalId?: string;
    readonly attributes?: Readonly<Record<string, unknown>>;
    readonly grade?: string | null;
    readonly timezone?: string | null;
    readonly locale?: string | null;
    readonly rfm?: Readonly<Record<string, unknown>>;
  };
  readonly event?: {
    readonly name: string;
    readonly properties?: Readonly<Record<string, unknown>>;
    readonly timestamp?: string | Date;
  };
  readonly journey?: Readonly<Record<string, unknown>>;
  readonly coupon?: Readonly<Record<string, unknown>>;
  /** The clock `'now' | date` reads; the engine passes its (possibly simulated) time. */
  readonly now?: Date;
  /** Timezone of the `date` filter: the customer's, else this, else UTC. */
  readonly timezone?: string;
};

export type RenderOptions = {
  /** The registered AlimTalk template text; with it, `#{name}` placeholders are filled into `text`. */
  readonly alimtalkTemplateText?: string;
};

export type RenderResult<C extends Channel = Channel> = {
  readonly rendered: ChannelContentMap[C] & { readonly text?: string };
  /** Variables the content uses that the context lacks (rendered empty), e.g. `customer.name`. */
  readonly missingVariables: readonly string[];
};

/** Stands in for a missing variable: renders empty and answers every property with itself. */
class MissingValue extends Drop {
  override liquidMethodMissing(): MissingValue {
    return this;
  }
  override valueOf(): string {
    return '';
  }
  override toString(): string {
    return '';
  }
}
const missing = new MissingValue();

const NOW_KEY = '__journeyflow_now';
const MAX_TEMPLATES = 2000;

const engines = new Map<string, Liquid>();
const parsed = new Map<string, Template[]>();

function engineFor(timeZone: string, escapeHtml: boolean): Liquid {
  const key = `${timeZone}|${escapeHtml}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = createLiquid({
      strictVariables: true,
      // An undefined variable in `if` or with `| default:` is a guarded choice, not a mistake.
      lenientIf: true,
      ownPropertyOnly: true,
      timezoneOffset: timeZone,
      ...(escapeHtml ? { outputEscape: 'escape' as const } : {}),
    });
    const builtinDate = filters.date;
    // `'now' | date` must read the injected clock, not the machine's.
    engine.registerFilter('date', function (this: unknown, value: unknown, ...args: unknown[]) {
      const scope = (this as { context: { environments: Record<string, unknown> } }).context.environments;
      const now = scope[NOW_KEY];
      const input = (value === 'now' || value === 'today') && now instanceof Date ? now : value;
      return (builtinDate as (...a: unknown[]) => unknown).call(this, input, ...args);
    });
    engines.set(key, engine);
  }
  return engine;
}

function parse(engine: Liquid, key: string, source: string): Template[] {
  const cacheKey = `${key}\u0000${source}`;
  let templates = parsed.get(cacheKey);
  if (!templates) {
    try {
      templates = engine.parse(source);
    } catch (error) {
      throw toTemplateError(error);
    }
    if (parsed.size >= MAX_TEMPLATES) parsed.delete(parsed.keys().next().value!);
    parsed.set(cacheKey, templates);
  }
  return templates;
}

function setPath(scope: Record<string, unknown>, path: readonly string[]): boolean {
  let node: Record<string, unknown> = scope;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      node[key] = missing;
      return true;
    }
    const next = node[key];
    if (next === null || typeof next !== 'object' || next instanceof Drop) return false;
    node = next as Record<string, unknown>;
  }
  return false;
}

function cloneScope(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneScope);
  if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Drop)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneScope(v)]));
  }
  return value;
}

/** Plain text with `{{ a.b.c }}` outputs only: literal parts and property paths. */
type PlainOutputs = readonly (string | readonly string[])[];

const PLAIN_OUTPUT = /\{\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\}\}/g;
const plainTemplates = new Map<string, PlainOutputs | null>();

/** The source split into literals and paths, or null when it uses anything else (tags, filters, `{{-`). */
function plainOutputs(source: string): PlainOutputs | null {
  const cached = plainTemplates.get(source);
  if (cached !== undefined) return cached;
  const parts: (string | string[])[] = [];
  let last = 0;
  for (const match of source.matchAll(PLAIN_OUTPUT)) {
    parts.push(source.slice(last, match.index), match[1]!.split('.'));
    last = match.index + match[0].length;
  }
  parts.push(source.slice(last));
  // Any other Liquid leaves a brace in a literal part.
  const plain = parts.some((p) => typeof p === 'string' && /[{}]/.test(p)) ? null : parts;
  if (plainTemplates.size >= MAX_TEMPLATES) plainTemplates.delete(plainTemplates.keys().next().value!);
  plainTemplates.set(source, plain);
  return plain;
}

/**
 * Renders plain outputs by property lookup — what Liquid prints for an own string or finite number —
 * and gives up (undefined) on anything else (missing, null, objects, booleans), which Liquid then renders.
 * The engine renders every message of every step; this skips Liquid's render machinery for the common case.
 */
function renderPlain(parts: PlainOutputs, scope: Record<string, unknown>): string | undefined {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    let value: unknown = scope;
    for (const key of part) {
      if (value === null || typeof value !== 'object' || value instanceof Drop || !Object.hasOwn(value, key))
        return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    if (typeof value === 'string') text += value;
    else if (typeof value === 'number' && Number.isFinite(value)) text += String(value);
    else return undefined;
  }
  return text;
}

/** The time left for rendering one message: every field and retry of it shares one `renderLimit`. */
export type RenderBudget = { readonly deadline: number };

/** A fresh budget of `TEMPLATE_LIMITS.renderLimit` milliseconds from now. */
export const renderBudget = (): RenderBudget => ({
  deadline: performance.now() + TEMPLATE_LIMITS.renderLimit,
});

/**
 * Renders one Liquid string. An undefined variable (outside `if`/`default`) is recorded and
 * rendered empty, then rendering resumes, so every missing variable is reported at once.
 * Throws a `TemplateError` (with its reason code) when the template is refused or over the limits.
 */
export function renderLiquid(
  source: string,
  scope: Record<string, unknown>,
  options: { timeZone: string; escapeHtml?: boolean; missing?: Set<string>; budget?: RenderBudget },
): string {
  if (!source.includes('{')) return source;
  if (!options.escapeHtml) {
    const parts = plainOutputs(source);
    const text = parts ? renderPlain(parts, scope) : undefined;
    if (text !== undefined) return text;
  }
  const engine = engineFor(options.timeZone, options.escapeHtml ?? false);
  const templates = parse(engine, `${options.timeZone}|${options.escapeHtml}`, source);
  const budget = options.budget ?? renderBudget();
  // Each attempt gets what is left of the budget, so retries for missing variables cannot add up.
  const limit = () => ({ renderLimit: Math.max(0, budget.deadline - performance.now()) });
  let working = scope;
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        return String(engine.renderSync(templates, working, limit()));
      } catch (error) {
        const match = /undefined variable: ([^,]+)/.exec((error as Error).message);
        if (!match) throw error;
        const path = match[1]!.split('.');
        options.missing?.add(match[1]!);
        if (working === scope) working = cloneScope(scope) as Record<string, unknown>;
        if (!setPath(working, path)) break;
      }
    }
    return String(engine.renderSync(templates, working, { strictVariables: false, ...limit() }));
  } catch (error) {
    throw toTemplateError(error);
  }
}

function customerScope(customer: RenderContext['customer']): Record<string, unknown> {
  const builtins: Record<string, unknown> = {};
  for (const key of ['externalId', 'grade', 'timezone', 'locale', 'rfm'] as const) {
    if (customer[key] !== undefined && customer[key] !== null) builtins[key] = customer[key];
  }
  return { ...(customer.attributes ?? {}), attributes: customer.attributes ?? {}, ...builtins };
}

/** Builds the Liquid scope for a render context (exposed for template previews and tests). */
export function liquidScope(context: RenderContext): Record<string, unknown> {
  return {
    customer: customerScope(context.customer),
    ...(context.event ? { event: context.event } : {}),
    ...(context.journey ? { journey: context.journey } : {}),
    ...(context.coupon ? { coupon: context.coupon } : {}),
    ...(context.now ? { now: context.now.toISOString(), [NOW_KEY]: context.now } : {}),
  };
}

const ALIMTALK_PLACEHOLDER = /#\{([^{}]+)\}/g;

/** Fills a registered AlimTalk template's `#{name}` placeholders; unknown ones are reported and left as is. */
export function substituteAlimtalkVariables(
  templateText: string,
  variables: Readonly<Record<string, string>>,
): { text: string; missingVariables: string[] } {
  const missingVariables: string[] = [];
  const text = templateText.replace(ALIMTALK_PLACEHOLDER, (placeholder, rawName: string) => {
    const name = rawName.trim();
    if (Object.hasOwn(variables, name)) return variables[name]!;
    if (!missingVariables.includes(name)) missingVariables.push(name);
    return placeholder;
  });
  return { text, missingVariables };
}

/** Fields that are identifiers, not text to personalize. */
const VERBATIM_FIELDS = new Set(['templateCode']);

function renderValue(
  value: unknown,
  field: string | undefined,
  scope: Record<string, unknown>,
  timeZone: string,
  missingSet: Set<string>,
  escapeHtml: boolean,
  budget: RenderBudget,
): unknown {
  if (typeof value === 'string') {
    if (field && VERBATIM_FIELDS.has(field)) return value;
    return renderLiquid(value, scope, { timeZone, escapeHtml, missing: missingSet, budget });
  }
  if (Array.isArray(value))
    return value.map((item) => renderValue(item, undefined, scope, timeZone, missingSet, escapeHtml, budget));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        renderValue(item, key, scope, timeZone, missingSet, escapeHtml || key === 'html', budget),
      ]),
    );
  }
  return value;
}

/**
 * Personalizes a message's content for one customer: every text field is a Liquid template
 * (`{{ customer.name }}`, `{{ event.properties.productName }}`), e-mail HTML escapes the values it
 * inserts, and an AlimTalk message gets its registered text with `#{variable}`s filled in.
 * Synchronous, so the engine's step and the browser preview can both call it. Throws a `TemplateError`
 * (`template_tag_not_allowed`, `template_limit_exceeded`, `template_render_failed`): that message fails.
 */
export function renderContent<C extends Channel>(
  channel: C,
  content: ChannelContentMap[C],
  context: RenderContext,
  options: RenderOptions = {},
): RenderResult<C> {
  const timeZone = pickTimeZone(context.customer.timezone, context.timezone);
  const scope = liquidScope(context);
  const missingSet = new Set<string>();
  const rendered = renderValue(
    content,
    undefined,
    scope,
    timeZone,
    missingSet,
    false,
    renderBudget(),
  ) as Record<string, unknown>;
  const missingVariables = [...missingSet];
  if (channel === 'alimtalk' && options.alimtalkTemplateText !== undefined) {
    const variables = (rendered.variables ?? {}) as Record<string, string>;
    const filled = substituteAlimtalkVariables(options.alimtalkTemplateText, variables);
    rendered.text = filled.text;
    missingVariables.push(...filled.missingVariables.map((name) => `#{${name}}`));
  }
  return { rendered: rendered as RenderResult<C>['rendered'], missingVariables };
}

/** Renders one Liquid string against a render context, e.g. an `update` node's `"{{ … }}"` value. */
export function renderTemplateString(
  source: string,
  context: RenderContext,
): { text: string; missingVariables: string[] } {
  const missingSet = new Set<string>();
  const text = renderLiquid(source, liquidScope(context), {
    timeZone: pickTimeZone(context.customer.timezone, context.timezone),
    missing: missingSet,
  });
  return { text, missingVariables: [...missingSet] };
}
