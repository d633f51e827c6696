import { Cron } from 'croner';

/**
 * Cron for `entry.schedule` — the one implementation used by validation, the editor's "next runs" preview
 * and the engine, so whatever validation accepts the engine can fire. Backed by croner (timezone-aware,
 * bounded search): five fields (minute hour day-of-month month day-of-week), day-of-week 0 and 7 are Sunday,
 * ranges, lists, steps and names as in standard cron; when both day fields are restricted either may match.
 */

export type CronIssueCode = 'cron_syntax' | 'cron_never_fires';
export type CronIssue = { readonly code: CronIssueCode; readonly message: string };

/** Longer expressions are refused before parsing; no sensible schedule needs more. */
const MAX_EXPRESSION_LENGTH = 200;
/** The most fire times `nextCronFires` lists (the editor shows a handful). */
const MAX_LISTED_RUNS = 50;

const compiled = new Map<string, Cron | CronIssue>();

const syntaxIssue = (detail: string): CronIssue => ({
  code: 'cron_syntax',
  message: `Enter a cron expression such as "0 9 * * *" (every day at 09:00): ${detail}`,
});

function compile(expression: string, timeZone: string): Cron | CronIssue {
  const key = `${timeZone}\u0000${expression}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  let result: Cron | CronIssue;
  const fields = expression.trim().split(/\s+/);
  if (expression.length > MAX_EXPRESSION_LENGTH) result = syntaxIssue('the expression is too long');
  else if (fields.length !== 5) result = syntaxIssue('it needs exactly five fields');
  // croner fills `?` from the current time, which would differ between validation and the engine.
  else if (expression.includes('?')) result = syntaxIssue('"?" is not supported; use "*"');
  else {
    try {
      result = new Cron(fields.join(' '), { timezone: timeZone, mode: '5-part', paused: true });
    } catch (error) {
      result = syntaxIssue((error as Error).message.replace(/^CronPattern: /, ''));
    }
  }
  if (compiled.size >= 2000) compiled.clear();
  compiled.set(key, result);
  return result;
}

const isIssue = (value: Cron | CronIssue): value is CronIssue => !(value instanceof Cron);

/** Why `expression` cannot be used as a schedule, or undefined when it can (it parses and fires). */
export function cronIssue(expression: string, timeZone = 'UTC'): CronIssue | undefined {
  const cron = compile(expression, timeZone);
  if (isIssue(cron)) return cron;
  if (!cron.nextRun(new Date(0))) {
    return {
      code: 'cron_never_fires',
      message: `"${expression}" never matches a date (e.g. 31 February); check the day and month fields`,
    };
  }
  return undefined;
}

/** Whether `expression` is a five-field cron expression that fires (see `cronIssue` for why not). */
export function isValidCron(expression: string): boolean {
  return cronIssue(expression) === undefined;
}

/** The next `count` fire times strictly after `after`, on the wall clock of `timeZone` (fewer if it stops). */
export function nextCronFires(expression: string, after: Date, timeZone: string, count: number): Date[] {
  const cron = compile(expression, timeZone);
  if (isIssue(cron)) return [];
  try {
    return cron.nextRuns(Math.max(0, Math.min(count, MAX_LISTED_RUNS)), after);
  } catch {
    // An unknown timezone fails at use; nothing fires rather than a crash.
    return [];
  }
}

/**
 * The next instant after `after` matching `expression` on the wall clock of `timeZone`; undefined when it is
 * invalid or never fires. "0 9 * * *" stays 09:00 local across DST; a time skipped by a DST gap fires at the
 * first valid time after the gap, and a repeated hour fires once.
 */
export function nextCronFire(expression: string, after: Date, timeZone: string): Date | undefined {
  return nextCronFires(expression, after, timeZone, 1)[0];
}
