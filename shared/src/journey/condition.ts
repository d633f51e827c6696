import { z } from 'zod';
import { capsApply, STORED_CONDITION_DEPTH } from '../limits';
import { type ConditionCaps, conditionBoundsExceeded, limitMessage } from './conditionBounds';

const STORED_CAPS: ConditionCaps = {
  conditionDepth: STORED_CONDITION_DEPTH,
  conditionLeaves: Number.POSITIVE_INFINITY,
  inListLength: Number.POSITIVE_INFINITY,
};

/** Operators of attribute and trigger conditions (SPEC §2). */
export const conditionOperatorSchema = z.enum([
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'contains',
  'exists',
  'before',
  'after',
  'anniversary',
]);
export type ConditionOperator = z.infer<typeof conditionOperatorSchema>;

/** Operators allowed to compare an event count with a number. */
export const countOperatorSchema = z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte']);
export type CountOperator = z.infer<typeof countOperatorSchema>;

export const eventCountSpecSchema = z.strictObject({
  op: countOperatorSchema,
  value: z.number().int().nonnegative(),
});
export type EventCountSpec = z.infer<typeof eventCountSpecSchema>;

/*
 * The Condition type is written by hand because it is recursive: zod cannot infer a recursive type.
 * The schema below is checked against it (`z.ZodType<Condition>`), so the two cannot drift apart.
 */
export type AllCondition = { all: Condition[] };
export type AnyCondition = { any: Condition[] };
export type NotCondition = { not: Condition };
export type AttributeCondition = { attribute: string; op: ConditionOperator; value?: unknown };
export type EventCondition = {
  event: string;
  where?: Condition;
  withinSeconds?: number;
  count?: EventCountSpec;
};
export type SegmentCondition = { segment: string; in: boolean };
export type TriggerCondition = { trigger: string; op: ConditionOperator; value?: unknown };
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | AttributeCondition
  | EventCondition
  | SegmentCondition
  | TriggerCondition;

const pathSchema = z
  .string()
  // `abort` keeps an empty path from also failing the format check below.
  .min(1, { error: 'Enter an attribute path', abort: true })
  .regex(/^[^.\s](?:[^.]*[^.\s])?(?:\.[^.\s](?:[^.]*[^.\s])?)*$/, 'Use a dotted path such as consent.sms');

/** Checks that `value` fits `op`: `in` takes a list, `exists` nothing or a boolean, the others a value. */
function checkOperand(
  leaf: { op: ConditionOperator; value?: unknown },
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: PropertyKey[] }) => void },
): void {
  const { op, value } = leaf;
  if (op === 'exists') {
    if (value !== undefined && typeof value !== 'boolean') {
      ctx.addIssue({ code: 'custom', message: '"exists" takes no value (or true/false)', path: ['value'] });
    }
    return;
  }
  if (op === 'anniversary') {
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
      ctx.addIssue({
        code: 'custom',
        message: '"anniversary" takes the number of days ahead (0 or more)',
        path: ['value'],
      });
    }
    return;
  }
  if (value === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${op}" needs a value to compare with`, path: ['value'] });
    return;
  }
  if (op === 'in' && !Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: '"in" needs a list of values', path: ['value'] });
  }
  if ((op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') && Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: `"${op}" compares with one value, not a list`, path: ['value'] });
  }
}

export const attributeConditionSchema = z
  .strictObject({ attribute: pathSchema, op: conditionOperatorSchema, value: z.unknown().optional() })
  .superRefine(checkOperand);

export const triggerConditionSchema = z
  .strictObject({ trigger: pathSchema, op: conditionOperatorSchema, value: z.unknown().optional() })
  .superRefine(checkOperand);

export const segmentConditionSchema = z.strictObject({
  segment: z.string().min(1, 'Choose a segment'),
  in: z.boolean(),
});

/** Condition objects already measured by an enclosing level's bounds check (see below). */
const measured = new WeakSet<object>();

/**
 * Checks the caps (`LIMITS`) on the raw input before the recursive union sees it: deep input would
 * overflow the stack inside zod. Each level runs it, but a subtree measured by its parent is skipped.
 */
const checkBounds = (value: unknown, ctx: z.RefinementCtx): unknown => {
  if (typeof value !== 'object' || value === null || measured.has(value)) return value;
  // Stored data (see `parseStored`) is only kept from overflowing the stack, and not remembered as
  // measured, since the caps did not apply to it.
  const exceeded = capsApply()
    ? conditionBoundsExceeded(value, measured)
    : conditionBoundsExceeded(value, undefined, STORED_CAPS);
  if (exceeded) ctx.addIssue({ code: 'custom', message: limitMessage(exceeded), params: exceeded });
  return value;
};

// The registered id lets OpenAPI generators emit the recursion as a `$ref` instead of looping forever.
export const conditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.preprocess(
      checkBounds,
      z.union([
        z.strictObject({ all: z.array(conditionSchema) }),
        z.strictObject({ any: z.array(conditionSchema) }),
        z.strictObject({ not: conditionSchema }),
        attributeConditionSchema,
        z.strictObject({
          event: z.string().min(1, 'Enter an event name'),
          where: conditionSchema.optional(),
          withinSeconds: z.number().int().positive().optional(),
          count: eventCountSpecSchema.optional(),
        }),
        segmentConditionSchema,
        triggerConditionSchema,
      ]),
    ),
  )
  .meta({ id: 'Condition' });
