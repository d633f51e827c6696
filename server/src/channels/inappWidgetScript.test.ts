// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { INAPP_WIDGET_SCRIPT } from './inappWidgetScript';

// The server compiles without DOM types; these are the few the test touches (jsdom provides them).
type Element = {
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  readonly shadowRoot: {
    querySelectorAll(selector: string): Iterable<Element> & { length: number };
    innerHTML: string;
  };
};
const { document, location } = globalThis as unknown as {
  document: { createElement(tag: string): Element; body: { appendChild(node: Element): void } };
  location: { href: string };
};

class SilentEventSource {
  addEventListener() {}
  close() {}
}

describe('in-app widget', () => {
  it('turns only http(s) links into href/src, whatever the server sends', async () => {
    const messages = [
      {
        id: 'm1',
        title: 'Bad',
        body: 'b',
        ctaLabel: 'Open',
        ctaUrl: 'javascript:alert(1)',
        imageUrl: 'data:image/svg+xml,x',
      },
      { id: 'm2', title: 'Tab', body: 'b', ctaUrl: 'java\tscript:alert(1)', imageUrl: 'vbscript:x' },
      { id: 'm3', title: 'Good', body: 'b', ctaUrl: 'https://shop.example/sale', imageUrl: '/img/a.png' },
    ];
    Object.assign(globalThis, {
      EventSource: SilentEventSource,
      fetch: async () => new Response(JSON.stringify({ items: messages }), { status: 200 }),
    });
    new Function(INAPP_WIDGET_SCRIPT)();
    const inbox = document.createElement('journeyflow-inbox');
    inbox.setAttribute('token', 't');
    document.body.appendChild(inbox);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const root = inbox.shadowRoot;
    expect(root.querySelectorAll('.item')).toHaveLength(3);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://shop.example/sale',
    ]);
    expect([...root.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      new URL('/img/a.png', location.href).href,
    ]);
    expect(root.innerHTML).not.toContain('javascript:');
  });
});
