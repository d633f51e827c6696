import { chromium } from '@playwright/test';
import { bigJourneyGraph } from './web';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({
  baseURL: 'http://127.0.0.1:3419',
  viewport: { width: 1440, height: 900 },
});
const headers = { 'X-Requested-With': 'journeyflow' };
await context.request.post('/api/auth/login', {
  headers,
  data: { email: 'marketer@demo.local', password: 'journeyflow' },
});
const created = await context.request.post('/api/journeys', {
  headers,
  data: { name: 'Bench 300', graph: bigJourneyGraph(300) },
});
const { id } = await created.json();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
for (let run = 0; run < 3; run++) {
  const before = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  const t = performance.now();
  await page.goto(`/journeys/${id}`);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node .jf-node').length >= 300);
  const open = performance.now() - t;
  const after = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  const d = (k: string) => Math.round(((after[k] ?? 0) - (before[k] ?? 0)) * 1000);
  console.log({
    open: Math.round(open),
    script: d('ScriptDuration'),
    layout: d('LayoutDuration'),
    style: d('RecalcStyleDuration'),
    task: d('TaskDuration'),
  });
}
await browser.close();
