import { hashPassword, type ScryptCost } from '../auth/password';
import { DEMO_PASSWORD } from '../services/seedDemoWorkspace';

/**
 * scrypt at 1/32 of the production cost for the demo logins of test apps: the suite signs in hundreds of
 * times, each a full verification (~100 ms of CPU at the production cost on this machine, ~3 ms at this one).
 * The production cost itself is checked by `auth/password.test.ts` and every account the API creates.
 */
const FIXTURE_COST: ScryptCost = { N: 1024, r: 8, p: 1 };

let demoPasswordHash: Promise<string> | undefined;

/** One hash of the demo password per test process, shared by every test app it creates. */
export const fixtureDemoPasswordHash = (): Promise<string> =>
  (demoPasswordHash ??= hashPassword(DEMO_PASSWORD, FIXTURE_COST));
