/**
 * Web performance bench (SPEC §9): the gzip size of the first-load bundle, and how long a 300-node and a
 * 1,000-node journey take to open in Chromium, plus frame times while zooming and panning each.
 * Run alone with `pnpm --filter @journeyflow/test exec tsx bench/web.ts`; `runWebBench()` is what
 * `bench/run.ts` calls. It builds the web app, starts the real server on a free port with a fresh data
 * directory, and stops it afterwards.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { demoServerEnv, freePort, repoRoot } from '../e2e/e2eServer';
import { createBigJourney, launchBenchBrowser, signedInBenchContext } from './editorBenchSession';

const WARM_OPENS = Number(process.env.BENCH_WEB_WARM_OPENS ?? 5);

export type WebBenchResult = {
  readonly firstLoadJsGzipBytes: number;
  readonly firstLoadCssGzipBytes: number;
  readonly open300ColdMs: number;
  /** Median of the warm opens (BENCH_WEB_WARM_OPENS, default 5); the range beside it. */
  readonly open300WarmMs: number;
  readonly open300WarmRangeMs: readonly [number, number];
  readonly zoomPanFrameMsP95: number;
  readonly zoomPanFps: number;
  readonly open1000ColdMs: number;
  readonly open1000WarmMs: number;
  readonly open1000WarmRangeMs: readonly [number, number];
  readonly zoomPan1000Fps: number;
  readonly zoomPan1000FrameMsP95: number;
};

/** Sums the gzip size of what index.html loads before any route chunk: the entry script, its preloads, CSS. */
export function firstLoadSizes(distDir: string): { js: number; css: number } {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  let js = 0;
  let css = 0;
  for (const ref of new Set(refs)) {
    const size = gzipSync(readFileSync(path.join(distDir, ref)), { level: 9 }).length;
    if (ref.endsWith('.js')) js += size;
    else css += size;
  }
  return { js, css };
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  // The demo seed (12 weeks of history) makes a cold start take minutes on a loaded 2-core machine.
  const deadline = Date.now() + 420_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('server did not start within 420 s');
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

type FrameStats = { readonly fps: number; readonly p95: number };

/**
 * Open means the fitted view is drawn: the viewport has left its initial transform, every card React Flow
 * renders is measured and shown (a big journey opens at a readable zoom, so only the cards in view are
 * rendered — `onlyRenderVisibleElements`), edges are drawn, and all of it held still over two frames.
 */
export async function waitForEditorOpen(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
        const transform = viewport?.style.transform ?? '';
        const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
        const shown = cards.filter(
          (card) => card.style.visibility !== 'hidden' && card.querySelector('.jf-node'),
        );
        const ready =
          transform !== '' &&
          transform !== 'translate(0px, 0px) scale(1)' &&
          shown.length > 0 &&
          shown.length === cards.length &&
          document.querySelectorAll('.react-flow__edge').length > 0;
        const key = ready ? `${shown.length}|${transform}` : '';
        const held = window as unknown as { __openKey?: string };
        const stable = ready && held.__openKey === key;
        held.__openKey = key;
        return stable;
      },
      undefined,
      { timeout: 60_000, polling: 'raf' },
    )
    .catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(tmpdir(), 'journeyflow-web-bench-failure.png') });
      throw error;
    });
}

/**
 * Opens a journey of `count` nodes once cold, then BENCH_WEB_WARM_OPENS times warm (median and range: one
 * open on a shared machine varied 560–850 ms from run to run), then zooms and pans it counting frames.
 */
async function measureEditor(page: Page, context: BrowserContext, count: number) {
  const id = await createBigJourney(context, count, 'Bench');
  const open = async () => {
    const started = performance.now();
    await page.goto(`/journeys/${id}`);
    await waitForEditorOpen(page);
    return performance.now() - started;
  };
  const cold = await open();
  const warm: number[] = [];
  for (let i = 0; i < WARM_OPENS; i++) warm.push(await open());
  warm.sort((a, b) => a - b);
  const frames = await panFrames(page);
  return {
    cold: Math.round(cold),
    warm: Math.round(warm[Math.floor(warm.length / 2)]!),
    warmRange: [Math.round(warm[0]!), Math.round(warm.at(-1)!)] as const,
    frames,
  };
}

/** Frame times while zooming and panning with the wheel (rAF deltas measured in the page). */
async function panFrames(page: Page): Promise<FrameStats> {
  // A string, not a function: tsx's transform would add helpers the page does not have.
  await page.evaluate(`(() => {
    const frames = [];
    window.__frames = frames;
    let last = performance.now();
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (frames.length < 10000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  const started = performance.now();
  for (let step = 0; step < 30; step++) {
    await page.mouse.wheel(0, step < 15 ? -120 : 120);
    await page.mouse.wheel(step % 2 === 0 ? 200 : -200, 0);
  }
  await page.waitForTimeout(300);
  const frames = (await page.evaluate('window.__frames.slice(1)')) as number[];
  const elapsed = performance.now() - started;
  return {
    fps: Math.round((frames.length / elapsed) * 1000),
    p95: Math.round(percentile(frames, 95) * 10) / 10,
  };
}

/**
 * BENCH_WEB_URL=http://127.0.0.1:PORT measures against a server already running (demo workspace) with the
 * web app it serves, instead of building and starting one: to compare two builds in the same conditions.
 */
export async function runWebBench(): Promise<WebBenchResult> {
  const existing = process.env.BENCH_WEB_URL;
  if (!existing)
    execFileSync('pnpm', ['--filter', '@journeyflow/web', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  const sizes = firstLoadSizes(path.join(repoRoot, 'web', 'dist'));

  const port = existing ? 0 : await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'journeyflow-web-bench-'));
  const baseURL = existing ?? `http://127.0.0.1:${port}`;
  const server = existing
    ? undefined
    : spawn('pnpm', ['--filter', '@journeyflow/server', 'exec', 'tsx', 'src/main.ts'], {
        cwd: repoRoot,
        stdio: 'ignore',
        env: { ...process.env, ...demoServerEnv(port, dataDir) },
        detached: true,
      });
  const browser = await launchBenchBrowser();
  try {
    if (server) await waitForHealth(baseURL, server);
    const context = await signedInBenchContext(browser, baseURL);
    const page = await context.newPage();
    const at300 = await measureEditor(page, context, 300);
    const at1000 = await measureEditor(page, context, 1000);
    return {
      firstLoadJsGzipBytes: sizes.js,
      firstLoadCssGzipBytes: sizes.css,
      open300ColdMs: at300.cold,
      open300WarmMs: at300.warm,
      open300WarmRangeMs: at300.warmRange,
      zoomPanFrameMsP95: at300.frames.p95,
      zoomPanFps: at300.frames.fps,
      open1000ColdMs: at1000.cold,
      open1000WarmMs: at1000.warm,
      open1000WarmRangeMs: at1000.warmRange,
      zoomPan1000Fps: at1000.frames.fps,
      zoomPan1000FrameMsP95: at1000.frames.p95,
    };
  } finally {
    await browser.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runWebBench();
  console.log(
    [
      `web first-load JS (gzip): ${(result.firstLoadJsGzipBytes / 1024).toFixed(1)} KB (target < 400 KB)`,
      `web first-load CSS (gzip): ${(result.firstLoadCssGzipBytes / 1024).toFixed(1)} KB`,
      `editor open, 300 nodes: cold ${result.open300ColdMs} ms, warm ${result.open300WarmMs} ms (median of ${WARM_OPENS}, ${result.open300WarmRangeMs.join('–')}) (target < 700 ms)`,
      `editor zoom/pan, 300 nodes: ${result.zoomPanFps} fps, p95 frame ${result.zoomPanFrameMsP95} ms (target ≥ 58 fps)`,
      `editor open, 1000 nodes: cold ${result.open1000ColdMs} ms, warm ${result.open1000WarmMs} ms (median of ${WARM_OPENS}, ${result.open1000WarmRangeMs.join('–')}) (target < 1500 ms)`,
      `editor zoom/pan, 1000 nodes: ${result.zoomPan1000Fps} fps, p95 frame ${result.zoomPan1000FrameMsP95} ms (target: usable)`,
    ].join('\n'),
  );
  console.log(JSON.stringify(result));
}
