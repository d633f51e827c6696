import { exampleJourney } from '@journeyflow/shared/journey/fixtures/exampleJourney';
import { nodeRegistry, nodeTypes } from '@journeyflow/shared/journey/nodeRegistry';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { NodeInspector } from '../components/inspector/NodeInspector';
import { useEditorStore } from '../store/editorStore';
import { nodeSummary } from '../utils/nodeSummary';
import type { WebNodePlugins } from './webNodePlugin';
import { webNodePlugins } from './webNodePlugins';

afterEach(cleanup);

// Issue 14: the web's part of every registered node type, walked from the shared registry.
describe('web node plugins', () => {
  it('has exactly one plugin per registered type', () => {
    expect(Object.keys(webNodePlugins).sort()).toEqual([...nodeTypes].sort());
    // @ts-expect-error every registered type needs its web plugin (checked by typecheck)
    const partial: WebNodePlugins = { exit: webNodePlugins.exit };
    expect(partial).toBeDefined();
  });

  it.each(nodeTypes)('%s: an icon, a summary in both languages, and an inspector with its form', (type) => {
    const plugin = webNodePlugins[type];
    expect(plugin.icon).toMatch(/^[Mm]/);
    const graph = exampleJourney(type);
    const subject = graph.nodes.find((node) => node.id === 'subject')!;
    for (const locale of ['en', 'ko'] as const) {
      expect(typeof nodeSummary(type, subject.settings as Record<string, unknown>, locale)).toBe('string');
    }
    for (const locale of ['en', 'ko'] as const) {
      useLocaleStore.setState({ locale });
      useEditorStore.getState().load('j', { graph, settings: {} });
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      render(
        <QueryClientProvider client={client}>
          <NodeInspector node={subject} issues={[]} />
        </QueryClientProvider>,
      );
      const definition = nodeRegistry[type];
      const title = locale === 'ko' ? definition.ko.label : definition.label;
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();
      // The example settings are valid: the form shows no field error.
      expect(screen.queryByRole('alert')).toBeNull();
      cleanup();
    }
  });
});
