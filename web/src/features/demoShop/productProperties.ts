import type { DemoProduct } from '@journeyflow/shared/demo/demoProducts';

/** Event properties the journeys read (`productId`, `productName`, `category`, `amount`). */
export function productProperties(product: DemoProduct): Record<string, unknown> {
  return {
    productId: product.id,
    productName: product.name,
    category: product.category,
    price: product.price,
  };
}
