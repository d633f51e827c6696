/** Words of the demo storefront (`/demo/shop`). Merged into the main dictionary. */
export const demoShopEn = {
  'shop.title': 'Demo shop',
  'shop.journeys': 'Journeys →',
  'shop.shoppingAs': 'Shopping as',
  'shop.customer': 'Demo customer',
  'shop.grade': 'grade {grade}',
  'shop.profile': 'profile & trace',
  'shop.traffic': 'Background traffic from many customers',
  'shop.trafficSent': '{n} events sent',
  'shop.log': 'Events sent',
  'shop.search': 'Search products',
  'shop.searchPlaceholder': 'Search products (e.g. apple, beef)',
  'shop.view': 'View',
  'shop.buy': 'Buy',
  'shop.viewed': 'viewed {name}',
  'shop.bought': 'bought {name}',
  'shop.searched': 'searched "{query}"',
  'shop.error': 'error: {message}',
} as const;

export type DemoShopMessageKey = keyof typeof demoShopEn;

export const demoShopKo: { readonly [K in DemoShopMessageKey]: string } = {
  'shop.title': '데모몰',
  'shop.journeys': '여정 →',
  'shop.shoppingAs': '쇼핑하는 고객',
  'shop.customer': '데모 고객',
  'shop.grade': '등급 {grade}',
  'shop.profile': '프로필과 경로',
  'shop.traffic': '여러 고객의 배경 트래픽',
  'shop.trafficSent': '이벤트 {n}건 보냄',
  'shop.log': '보낸 이벤트',
  'shop.search': '상품 검색',
  'shop.searchPlaceholder': '상품 검색 (예: 사과, 한우)',
  'shop.view': '보기',
  'shop.buy': '구매',
  'shop.viewed': '{name} 조회',
  'shop.bought': '{name} 구매',
  'shop.searched': '"{query}" 검색',
  'shop.error': '오류: {message}',
};
