/**
 * Where the editor's open time goes: opens a journey of BENCH_PROFILE_NODES nodes (default 300) in Chromium
 * against a running server (BENCH_WEB_URL, demo workspace) with the CDP profiler on, and prints the CPU
 * time per phase (script, layout, style) from `Performance.getMetrics` and the top functions by self time.
 * CPU time, unlike wall time, barely moves with the load other processes put on the machine.
 * `BENCH_WEB_URL=http://127.0.0.1:PORT pnpm --filter @journeyflow/test exec tsx bench/editorProfile.ts`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createBigJourney, launchBenchBrowser, signedInBenchContext } from './editorBenchSession';
import { waitForEditorOpen } from './web';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const baseURL = process.env.BENCH_WEB_URL;
if (!baseURL) throw new Error('set BENCH_WEB_URL');
const count = Number(process.env.BENCH_PROFILE_NODES ?? 300);
const repeats = Number(process.env.BENCH_PROFILE_REPEATS ?? 3);

/**
 * CPU time (user + system, ms) of every process below this one — the Chromium that Playwright started:
 * unlike wall time, it hardly grows when other work competes for the cores. Linux only (/proc).
 */
function browserCpuMs(): number {
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  for (const [pid, ms] of cpu) {
    let parent = parents.get(pid);
    while (parent !== undefined && parent > 1 && parent !== process.pid) parent = parents.get(parent);
    if (parent === process.pid) total += ms;
  }
  return total;
}

const browser = await launchBenchBrowser();
const context = await signedInBenchContext(browser, baseURL);
const id = await createBigJourney(context, count, 'Profile');
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const metrics = async () => {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
};

const selfTimes = new Map<string, number>();
const phases: Record<string, number[]> = { wall: [], cpu: [], script: [], layout: [], style: [], task: [] };
for (let round = 0; round < repeats; round++) {
  await page.goto('/journeys');
  await page.waitForLoadState('networkidle');
  const before = await metrics();
  const cpuBefore = browserCpuMs();
  await cdp.send('Profiler.start');
  const started = performance.now();
  await page.goto(`/journeys/${id}`, { waitUntil: 'commit' });
  await waitForEditorOpen(page);
  const wall = performance.now() - started;
  const cpu = browserCpuMs() - cpuBefore;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const after = await metrics();
  // A navigation may start a new renderer whose counters begin at zero.
  const delta = (name: string) => {
    const end = after[name] ?? 0;
    const start = before[name] ?? 0;
    return (end >= start ? end - start : end) * 1000;
  };
  phases.wall!.push(wall);
  phases.cpu!.push(cpu);
  phases.script!.push(delta('ScriptDuration'));
  phases.layout!.push(delta('LayoutDuration'));
  phases.style!.push(delta('RecalcStyleDuration'));
  phases.task!.push(delta('TaskDuration'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((sample, index) => {
    const node = byId.get(sample);
    if (!node) return;
    const file = node.callFrame.url.split('/').pop() ?? '';
    const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber}`;
    selfTimes.set(key, (selfTimes.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  `${count} nodes, ${repeats} opens (median ms): ` +
    Object.entries(phases)
      .map(([name, values]) => `${name} ${median(values).toFixed(0)}`)
      .join(', '),
);
console.log(JSON.stringify(phases));
for (const [key, ms] of [...selfTimes]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.env.BENCH_PROFILE_TOP ?? 35)))
  console.log(`${(ms / repeats).toFixed(1).padStart(8)} ms  ${key}`);
// Pan/zoom the last open as the web bench does; CPU per wheel step says what a frame costs without the noise.
const pane = await page.locator('.react-flow__pane').boundingBox();
if (pane) {
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  const cpuBefore = browserCpuMs();
  for (let step = 0; step < 30; step++) {
    await page.mouse.wheel(0, step < 15 ? -120 : 120);
    await page.mouse.wheel(step % 2 === 0 ? 200 : -200, 0);
  }
  await page.waitForTimeout(300);
  console.log(`pan/zoom (60 wheel events): browser CPU ${(browserCpuMs() - cpuBefore).toFixed(0)} ms`);
}
await browser.close();
