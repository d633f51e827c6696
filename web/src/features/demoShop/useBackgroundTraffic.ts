import { demoProducts } from '@journeyflow/shared/demo/demoProducts';
import { useEffect, useRef, useState } from 'react';
import { insightApi } from '../live/api/insightApi';
import { productProperties } from './productProperties';

const customerCount = 5_000;
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)] as T;
const randomCustomer = () =>
  `cust_${String(21 + Math.floor(Math.random() * (customerCount - 20))).padStart(4, '0')}`;

/**
 * While on, sends a batch of shopper events every second through the public events API: browsing, some
 * of it three views of one product (the journeys' entry behaviour), a few purchases with an amount.
 */
export function useBackgroundTraffic(): { on: boolean; setOn: (on: boolean) => void; sent: number } {
  const [on, setOn] = useState(false);
  const [sent, setSent] = useState(0);
  const busy = useRef(false);
  useEffect(() => {
    if (!on) return;
    const timer = window.setInterval(() => {
      if (busy.current) return;
      const events: { externalId: string; name: string; properties: Record<string, unknown> }[] = [];
      for (let i = 0; i < 4; i++) {
        const externalId = randomCustomer();
        const product = pick(demoProducts);
        const views = Math.random() < 0.5 ? 3 : 1;
        for (let v = 0; v < views; v++)
          events.push({ externalId, name: 'product_viewed', properties: productProperties(product) });
        if (Math.random() < 0.2)
          events.push({
            externalId,
            name: 'purchase',
            properties: { ...productProperties(product), amount: product.price, currency: 'KRW' },
          });
      }
      busy.current = true;
      insightApi
        .trackBatch(events)
        .then((r) => setSent((n) => n + r.accepted))
        .catch(() => setOn(false))
        .finally(() => {
          busy.current = false;
        });
    }, 1000);
    return () => window.clearInterval(timer);
  }, [on]);
  return { on, setOn, sent };
}
