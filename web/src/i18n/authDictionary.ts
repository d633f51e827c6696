/**
 * Words of the sign-in page (features/auth). English is the reference;
 * the Korean table must have every key. Accessible names the tests use stay in English in both tables.
 */
export const authEn = {
  'login.title': 'Sign in to Journeyflow',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.failed': 'Email or password is wrong.',
  'login.demoTitle': 'Demo accounts',
  'login.demoHint': 'Click an account to fill the form; every demo account uses the same password.',
  'login.useAccount': 'Use',
} as const;

export const authKo: { readonly [K in keyof typeof authEn]: string } = {
  'login.title': 'Journeyflow 로그인',
  'login.email': '이메일',
  'login.password': '비밀번호',
  'login.submit': '로그인',
  'login.failed': '이메일 또는 비밀번호가 올바르지 않습니다.',
  'login.demoTitle': '데모 계정',
  'login.demoHint': '계정을 누르면 입력란이 채워집니다. 모든 데모 계정의 비밀번호는 같습니다.',
  'login.useAccount': '사용',
};
