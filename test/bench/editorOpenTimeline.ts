/**
 * Where the wall time of a warm editor open goes, from the page's own clock: opens a journey of
 * BENCH_PROFILE_NODES steps (default 300) BENCH_PROFILE_REPEATS times (default 5, after one untimed open)
 * against a running server (BENCH_WEB_URL, demo workspace) and prints, per open, when the document, the
 * session check and the journey arrived, when the first card was inserted, the long tasks, and the open
 * as the web bench measures it. A gap between the last answer and the first card that is not a long task
 * is the page waiting on something (it was Suspense's 300 ms fallback throttle, issue #15).
 * `BENCH_WEB_URL=http://127.0.0.1:PORT pnpm --filter @journeyflow/test exec tsx bench/editorOpenTimeline.ts`
 */
import { createBigJourney, launchBenchBrowser, signedInBenchContext } from './editorBenchSession';
import { waitForEditorOpen } from './web';

const baseURL = process.env.BENCH_WEB_URL;
if (!baseURL) throw new Error('set BENCH_WEB_URL');
const count = Number(process.env.BENCH_PROFILE_NODES ?? 300);
const repeats = Number(process.env.BENCH_PROFILE_REPEATS ?? 5);

type Timeline = {
  readonly document: number;
  readonly session: number;
  readonly journey: number;
  readonly firstCard: number;
  readonly longTasks: readonly (readonly [number, number])[];
};

const browser = await launchBenchBrowser();
const context = await signedInBenchContext(browser, baseURL);
const id = await createBigJourney(context, count, 'Timeline');
// Strings, not functions: tsx's transform would add helpers the page does not have.
await context.addInitScript(`(() => {
  const seen = (window.__timeline = { longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver((records, observer) => {
    if (!document.querySelector('.react-flow__node .jf-node')) return;
    seen.firstCard = Math.round(performance.now());
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})()`);
const page = await context.newPage();
const walls: number[] = [];
for (let round = -1; round < repeats; round++) {
  const started = Date.now();
  await page.goto(`/journeys/${id}`);
  await waitForEditorOpen(page);
  const wall = Date.now() - started;
  const timeline = (await page.evaluate(`(() => {
    const answered = (pattern) => Math.round(
      performance.getEntriesByType('resource').find((entry) => pattern.test(entry.name))?.responseEnd ?? -1,
    );
    return {
      document: Math.round(performance.getEntriesByType('navigation')[0].responseEnd),
      session: answered(/\\/api\\/auth\\/me$/),
      journey: answered(/\\/api\\/journeys\\/[^/]+$/),
      firstCard: window.__timeline.firstCard,
      longTasks: window.__timeline.longTasks,
    };
  })()`)) as Timeline;
  if (round < 0) continue;
  walls.push(wall);
  const data = Math.max(timeline.session, timeline.journey);
  console.log(
    `open ${round + 1}: ${wall} ms — document ${timeline.document}, session ${timeline.session}, journey ` +
      `${timeline.journey}, first card ${timeline.firstCard} (${timeline.firstCard - data} after the data); ` +
      `long tasks ${timeline.longTasks.map(([start, duration]) => `${start}+${duration}`).join(' ')}`,
  );
}
const sorted = [...walls].sort((a, b) => a - b);
console.log(`median open ${sorted[Math.floor(sorted.length / 2)]} ms (${count} steps)`);
await browser.close();
