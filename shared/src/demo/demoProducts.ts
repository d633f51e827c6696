/**
 * What the demo shop sells. The web shop shows it and the server's seeded purchase histories use
 * the same ids, names and prices, so both read this one list.
 */
export type DemoProduct = {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly price: number;
};

export const demoProducts: readonly DemoProduct[] = [
  { id: 'p_apple', name: '유기농 사과 2kg', category: 'fruits', price: 18_900 },
  { id: 'p_tangerine', name: '제주 감귤 3kg', category: 'fruits', price: 15_900 },
  { id: 'p_spinach', name: '유기농 시금치 300g', category: 'organic_vegetables', price: 4_900 },
  { id: 'p_kale', name: '유기농 케일 500g', category: 'organic_vegetables', price: 7_900 },
  { id: 'p_carrot', name: '무농약 당근 1kg', category: 'organic_vegetables', price: 5_500 },
  { id: 'p_milk', name: '무항생제 우유 1L', category: 'dairy', price: 3_200 },
  { id: 'p_yogurt', name: '그릭 요거트 450g', category: 'dairy', price: 8_900 },
  { id: 'p_hanwoo', name: '1++ 한우 등심 300g', category: 'meat', price: 59_000 },
  { id: 'p_pork', name: '제주 흑돼지 삼겹살 500g', category: 'meat', price: 24_900 },
  { id: 'p_bread', name: '천연발효 깜빠뉴', category: 'bakery', price: 7_500 },
  { id: 'p_rice', name: '이천 쌀 10kg', category: 'grains', price: 42_000 },
  { id: 'p_kimchi', name: '전라도 포기김치 3kg', category: 'side_dishes', price: 29_000 },
  { id: 'p_giftset', name: '명절 한우 선물세트', category: 'gifts', price: 189_000 },
  { id: 'p_ginseng', name: '6년근 홍삼정 240g', category: 'health', price: 129_000 },
  { id: 'p_detergent', name: '친환경 세탁세제 3L', category: 'household', price: 16_900 },
];
