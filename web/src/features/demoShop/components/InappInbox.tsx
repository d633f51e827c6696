import { createElement, useEffect, useState } from 'react';
import { insightApi } from '../../live/api/insightApi';

let scriptLoading: Promise<void> | undefined;

/** Loads the embeddable widget the way any customer site would: one script tag. */
function loadWidget(): Promise<void> {
  scriptLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/api/inapp/widget.js';
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('in-app widget failed to load'));
    document.head.appendChild(script);
  });
  return scriptLoading;
}

/**
 * The in-app inbox of the chosen customer: the shop's backend role (here the signed-in session) asks for
 * the customer's short-lived token, and `<journeyflow-inbox>` from `/api/inapp/widget.js` shows new
 * messages as they arrive over SSE.
 */
export function InappInbox({ externalId }: { readonly externalId: string }) {
  const [token, setToken] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    setToken(undefined);
    Promise.all([loadWidget(), insightApi.inappToken(externalId)])
      .then(([, t]) => {
        if (!cancelled) setToken(t.token);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
    };
  }, [externalId]);
  if (error) return <p className="jf-error-text">{error}</p>;
  if (!token) return null;
  return createElement('journeyflow-inbox', { key: externalId, token, 'data-testid': 'inapp-inbox' });
}
