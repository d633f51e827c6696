import { demoProducts } from '@journeyflow/shared/demo/demoProducts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { queryKeys } from '../../../api/queryKeys';
import { PageHead } from '../../../components/PageHead';
import { SearchInput } from '../../../components/SearchInput';
import { wonLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/useT';
import { insightApi } from '../../live/api/insightApi';
import { productProperties } from '../productProperties';
import { useBackgroundTraffic } from '../useBackgroundTraffic';
import { InappInbox } from './InappInbox';
import '../../live/components/insight.css';

let nextLogId = 1;

/**
 * `/demo/shop`: a small storefront. Pick a demo customer, browse and search (each view and purchase is a
 * real event through `POST /api/events`), and see the journeys answer in the in-app inbox. A toggle
 * adds background traffic from many customers so the canvas counters move.
 */
export function DemoShopPage() {
  const t = useT();
  const [externalId, setExternalId] = useState('cust_0001');
  const [search, setSearch] = useState('');
  const [log, setLog] = useState<{ id: number; text: string }[]>([]);
  const traffic = useBackgroundTraffic();
  const customers = useQuery({
    queryKey: queryKeys.customers.demoShop,
    queryFn: ({ signal }) => insightApi.customers({ q: 'cust_00' }, signal),
  });
  const showcase = (customers.data?.items ?? []).filter((c) =>
    /^cust_00[01]\d$|^cust_0020$/.test(c.externalId),
  );
  const current = showcase.find((c) => c.externalId === externalId);

  const send = async (name: string, properties: Record<string, unknown>, what: string) => {
    try {
      await insightApi.track(externalId, name, properties);
      setLog((l) =>
        [{ id: nextLogId++, text: `${new Date().toLocaleTimeString()} ${externalId} ${what}` }, ...l].slice(
          0,
          30,
        ),
      );
    } catch (e) {
      setLog((l) => [
        { id: nextLogId++, text: t('shop.error', { message: e instanceof Error ? e.message : String(e) }) },
        ...l,
      ]);
    }
  };

  const q = search.trim().toLowerCase();
  const products = q
    ? demoProducts.filter((p) => p.name.toLowerCase().includes(q) || p.category.includes(q))
    : demoProducts;

  return (
    <div className="jf-page" data-testid="demo-shop">
      <PageHead title={t('shop.title')}>
        <Link className="jf-link-button" to="/journeys">
          {t('shop.journeys')}
        </Link>
      </PageHead>
      <div className="jf-shop">
        <aside className="jf-card" style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 10 }}>
          <label className="jf-field">
            <span className="jf-label">{t('shop.shoppingAs')}</span>
            <select
              className="jf-input"
              aria-label={t('shop.customer')}
              value={externalId}
              onChange={(e) => setExternalId(e.target.value)}
            >
              {(showcase.length > 0
                ? showcase
                : [{ externalId: 'cust_0001', attributes: {} as Record<string, unknown> }]
              ).map((c) => (
                <option key={c.externalId} value={c.externalId}>
                  {String(c.attributes.name ?? c.externalId)} ({c.externalId})
                </option>
              ))}
            </select>
          </label>
          {current && (
            <p className="jf-hint">
              {t('shop.grade', { grade: current.grade ?? '—' })} · {String(current.attributes.phone ?? '')} ·{' '}
              <Link to={`/customers/${encodeURIComponent(current.externalId)}`}>{t('shop.profile')}</Link>
            </p>
          )}
          <label className="jf-checkbox">
            <input
              type="checkbox"
              checked={traffic.on}
              onChange={(e) => traffic.setOn(e.target.checked)}
              data-testid="background-traffic"
            />{' '}
            {t('shop.traffic')}
          </label>
          {traffic.on && (
            <p className="jf-hint">{t('shop.trafficSent', { n: traffic.sent.toLocaleString('ko-KR') })}</p>
          )}
          <h2 className="jf-panel-title">{t('shop.log')}</h2>
          <ol className="jf-shop-log" data-testid="shop-log">
            {log.map((line) => (
              <li key={line.id}>{line.text}</li>
            ))}
          </ol>
        </aside>
        <section>
          <SearchInput
            label={t('shop.search')}
            placeholder={t('shop.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && q)
                void send(
                  'product_searched',
                  { query: search.trim() },
                  t('shop.searched', { query: search.trim() }),
                );
            }}
            style={{ marginBottom: 12, width: '100%' }}
          />
          <div className="jf-shop-grid">
            {products.map((product) => (
              <article key={product.id} className="jf-product" data-testid={`product-${product.id}`}>
                <div className="jf-product-emoji" aria-hidden data-category={product.category}>
                  {product.name.slice(0, 1)}
                </div>
                <div className="jf-product-name">{product.name}</div>
                <div className="jf-product-price">{wonLabel(t, product.price)}</div>
                <div className="jf-row" style={{ gap: 6 }}>
                  <button
                    type="button"
                    className="jf-button"
                    onClick={() =>
                      void send(
                        'product_viewed',
                        productProperties(product),
                        t('shop.viewed', { name: product.name }),
                      )
                    }
                  >
                    {t('shop.view')}
                  </button>
                  <button
                    type="button"
                    className="jf-button jf-button-primary"
                    onClick={() =>
                      void send(
                        'purchase',
                        { ...productProperties(product), amount: product.price, currency: 'KRW' },
                        t('shop.bought', { name: product.name }),
                      )
                    }
                  >
                    {t('shop.buy')}
                  </button>
                </div>
              </article>
            ))}
          </div>
        </section>
      </div>
      <InappInbox externalId={externalId} />
    </div>
  );
}
