import { TemplateError } from '@journeyflow/shared/messaging/templateError';
import { renderValueForRun } from '../step/renderForRun';
import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';

/** Sets customer attributes; the change is written with the step (one set-based update per batch). */
export const updateHandler: NodeHandler<'update'> = async ({ node, customer, run, env, timezone }) => {
  const patch: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(node.settings.set)) {
    try {
      patch[attribute] = renderValueForRun(value, customer, run.triggerEvent, env.now, timezone);
    } catch (error) {
      // A refused or runaway template changes nothing and moves on; the trace says why.
      if (!(error instanceof TemplateError) || error.code === 'template_render_failed') throw error;
      return {
        kind: 'route',
        handle: 'next',
        reason: `nothing set: ${attribute}: ${error.code}: ${error.message}`,
        traceKind: 'failed',
        code: 'update.failed',
        params: { attribute },
      };
    }
  }
  customer.attributes = { ...customer.attributes, ...patch };
  env.writes.patchAttributes(customer.id, patch);
  const summary = Object.entries(patch)
    .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
    .join(', ');
  return {
    kind: 'route',
    handle: 'next',
    reason: `set ${summary}`,
    code: 'update.set',
    params: { attributes: Object.keys(patch).join(', ') },
  };
};

export const updatePlugin: EnginePlugin<'update'> = { step: updateHandler };
