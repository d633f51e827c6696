import { z } from 'zod';

// Imported first by main.tsx, before any module parses with zod. The server's Content-Security-Policy
// forbids eval; without `jitless` zod probes `new Function` and the browser reports a CSP violation.
z.config({ jitless: true });
