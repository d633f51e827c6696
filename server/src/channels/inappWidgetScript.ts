/**
 * The embeddable in-app widget served at `/api/inapp/widget.js`: a `<journeyflow-inbox token="…">` web
 * component that shows new messages as toasts (over SSE) and keeps an inbox with unread badge. The API
 * origin defaults to where the script was loaded from (`api="…"` overrides it). Plain ES2017, no build step,
 * so any site can include it with one script tag.
 */
export const INAPP_WIDGET_SCRIPT = String.raw`(() => {
  if (customElements.get('journeyflow-inbox')) return;
  const scriptOrigin = document.currentScript ? new URL(document.currentScript.src).origin : location.origin;
  const css = ${'`'}
    :host { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; font: 14px/1.4 system-ui, sans-serif; color: #1f2937; }
    button.bell { position: relative; width: 48px; height: 48px; border-radius: 24px; border: 0; background: #4f46e5; color: #fff; font-size: 22px; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.2); }
    .badge { position: absolute; top: -4px; right: -4px; min-width: 20px; height: 20px; border-radius: 10px; background: #ef4444; color: #fff; font-size: 12px; line-height: 20px; padding: 0 5px; }
    .badge[hidden] { display: none; }
    .panel { position: absolute; right: 0; bottom: 60px; width: 320px; max-height: 420px; overflow: auto; background: #fff; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.2); }
    .panel[hidden] { display: none; }
    .panel h2 { margin: 0; padding: 12px 14px; font-size: 15px; border-bottom: 1px solid #eee; }
    .item { display: block; padding: 10px 14px; border-bottom: 1px solid #f1f1f1; cursor: pointer; }
    .item.unread { background: #eef2ff; }
    .item strong, .toast strong { display: block; margin-bottom: 2px; }
    .toast span, .item span { display: block; }
    .item img, .toast img { max-width: 100%; border-radius: 6px; margin-top: 6px; }
    .item a, .toast a { display: inline-block; margin-top: 6px; color: #4f46e5; font-weight: 600; }
    .empty { padding: 16px 14px; color: #6b7280; }
    .toasts { position: absolute; right: 0; bottom: 60px; width: 320px; display: flex; flex-direction: column; gap: 8px; }
    .toast { background: #fff; border-left: 4px solid #4f46e5; border-radius: 10px; padding: 12px 14px; box-shadow: 0 6px 20px rgba(0,0,0,.18); animation: in .25s ease-out; }
    @keyframes in { from { transform: translateY(10px); opacity: 0; } to { transform: none; opacity: 1; } }
  ${'`'};
  const el = (tag, attrs, children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') node.textContent = v; else if (v !== undefined && v !== null) node.setAttribute(k, v);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  };
  // Checked again here, whatever the server sent: only http(s) ever becomes an href or src (never javascript:).
  const safeUrl = (value) => {
    if (typeof value !== 'string' || !value) return null;
    try {
      const url = new URL(value, location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) { return null; }
  };
  const body = (m) => {
    const image = safeUrl(m.imageUrl);
    const cta = safeUrl(m.ctaUrl);
    return [
      el('strong', { text: m.title }),
      el('span', { text: m.body }),
      image ? el('img', { src: image, alt: '' }) : null,
      cta ? el('a', { href: cta, text: m.ctaLabel || 'Open', target: '_top', rel: 'noopener' }) : null,
    ];
  };

  class JourneyflowInbox extends HTMLElement {
    static get observedAttributes() { return ['token']; }
    constructor() {
      super();
      this.messages = [];
      const root = this.attachShadow({ mode: 'open' });
      root.appendChild(el('style', { text: css }));
      this.toasts = el('div', { class: 'toasts', part: 'toasts', 'aria-live': 'polite' });
      this.list = el('div', { class: 'list' });
      this.panel = el('div', { class: 'panel', part: 'panel', hidden: '' }, [el('h2', { text: '알림함' }), this.list]);
      this.badge = el('span', { class: 'badge', part: 'badge', hidden: '' });
      this.bell = el('button', { class: 'bell', part: 'bell', type: 'button', 'aria-label': 'Inbox' }, [document.createTextNode('🔔'), this.badge]);
      this.bell.addEventListener('click', () => {
        this.panel.toggleAttribute('hidden');
        this.toasts.replaceChildren();
      });
      root.append(this.toasts, this.panel, this.bell);
    }
    get api() { return (this.getAttribute('api') || scriptOrigin).replace(/\/$/, ''); }
    url(path) { return this.api + '/api/inapp' + path + (path.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(this.getAttribute('token') || ''); }
    connectedCallback() { this.start(); }
    disconnectedCallback() { this.stop(); }
    attributeChangedCallback() { if (this.isConnected) { this.stop(); this.start(); } }
    stop() { if (this.source) this.source.close(); this.source = undefined; }
    async start() {
      if (!this.getAttribute('token')) return;
      try {
        const res = await fetch(this.url('/messages'));
        if (res.ok) { this.messages = (await res.json()).items; this.render(); }
      } catch (e) { /* offline: the stream retries */ }
      this.source = new EventSource(this.url('/stream'));
      this.source.addEventListener('ready', () => { this.dataset.state = 'live'; this.dispatchEvent(new CustomEvent('journeyflow:ready')); });
      this.source.addEventListener('message', (event) => {
        const m = JSON.parse(event.data);
        if (this.messages.some((x) => x.id === m.id)) return;
        this.messages.unshift(m);
        this.render();
        this.toast(m);
        this.dispatchEvent(new CustomEvent('journeyflow:message', { detail: m }));
      });
      this.source.addEventListener('expired', () => { this.stop(); this.dispatchEvent(new CustomEvent('journeyflow:expired')); });
    }
    toast(m) {
      const t = el('div', { class: 'toast', part: 'toast', role: 'status', 'data-id': m.id }, body(m));
      t.addEventListener('click', () => { this.markRead(m); t.remove(); });
      this.toasts.appendChild(t);
      setTimeout(() => t.remove(), 8000);
    }
    async markRead(m) {
      if (m.readAt) return;
      m.readAt = new Date().toISOString();
      this.render();
      try { await fetch(this.url('/messages/' + encodeURIComponent(m.id) + '/read'), { method: 'POST', headers: { 'X-Requested-With': 'journeyflow' } }); } catch (e) { /* best effort */ }
    }
    render() {
      const unread = this.messages.filter((m) => !m.readAt).length;
      this.badge.textContent = String(unread);
      this.badge.toggleAttribute('hidden', unread === 0);
      this.list.replaceChildren(...(this.messages.length ? this.messages.map((m) => {
        const item = el('div', { class: 'item' + (m.readAt ? '' : ' unread'), 'data-id': m.id }, body(m));
        item.addEventListener('click', () => this.markRead(m));
        return item;
      }) : [el('div', { class: 'empty', text: '새 알림이 없습니다' })]));
    }
  }
  customElements.define('journeyflow-inbox', JourneyflowInbox);
})();
`;
