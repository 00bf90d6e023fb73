/**
 * `npm run bench:ui` — UI figures in headless Chromium (not part of `npm test`):
 *
 * 1. JavaScript loaded before Monaco (gzip, level 6), target ≤ 250 KB
 * 2. time until the canvas and the terminal are usable, target < 1 s
 * 3. time until the editor is ready
 * 4. frame time with 50 packets in flight on a 20-node, 200-pod cluster (page without the editor),
 *    target ≥ 55 fps median
 * 5. editor edit + apply → new Service on the canvas, 500-line manifest, target < 100 ms
 *
 * Builds the app plus the benchmark page (bench/ui/canvas.html) into a temporary directory with
 * the project's Vite config, serves it with `vite preview`, and drives Chromium with Playwright.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { bigManifestLines, timeToUsable, editToCanvas } from './ui/app.ts';
import { median, percentile } from './ui/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The app exactly as shipped, or (for the frame-time page) with the benchmark page as a second entry. */
async function buildApp(outDir: string, withBenchPage: boolean) {
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      ...(withBenchPage
        ? {
            rollupOptions: {
              input: {
                main: join(ROOT, 'index.html'),
                canvas: join(ROOT, 'bench/ui/canvas.html'),
              },
            },
          }
        : {}),
    },
  });
}

async function serve(outDir: string) {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  return { server, base: server.resolvedUrls?.local[0] ?? '' };
}

async function launch(): Promise<Browser> {
  const path =
    process.env.CHROMIUM_PATH ||
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    ...(path ? { executablePath: path } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const MONACO = /\/assets\/(YamlEditor|editor\.api|monacoSetup)[-.]/;

/** Every JS file requested before the first Monaco chunk, with its gzip size. */
async function jsBeforeMonaco(browser: Browser, base: string, outDir: string) {
  const page = await browser.newPage();
  const urls: string[] = [];
  let monacoSeen = false;
  page.on('request', (r) => {
    if (MONACO.test(r.url())) monacoSeen = true;
    if (!monacoSeen && r.resourceType() === 'script') urls.push(r.url());
  });
  await page.goto(base);
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
  await page.close();
  const files = [...new Set(urls)].map((u) => {
    const rel = new URL(u).pathname.replace(/^\//, '');
    const bytes = readFileSync(join(outDir, rel));
    return { file: rel, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
  });
  return { files, gzip: files.reduce((a, f) => a + f.gzip, 0) };
}

async function frameTimes(page: Page, packets: number, ms: number) {
  const running = await page.evaluate((n) => window.bench.start(n), packets);
  await page.waitForTimeout(1500); // every staggered packet has started
  const deltas = await page.evaluate((m) => window.bench.frames(m), ms);
  return { running, deltas: deltas.slice(1) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-ui-'));
  const appDir = join(tmp, 'app');
  const benchDir = join(tmp, 'bench');
  const log: string[] = [];
  const say = (line: string) => {
    log.push(line);
    console.log(line);
  };
  try {
    console.log('building the app and the benchmark page…');
    await buildApp(appDir, false);
    await buildApp(benchDir, true);
    const app = await serve(appDir);
    const bench = await serve(benchDir);
    const browser = await launch();
    try {
      const js = await jsBeforeMonaco(browser, app.base, appDir);
      for (const f of js.files)
        console.log(
          `  ${f.file.padEnd(40)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(9)} gzip`,
        );
      say(
        `JavaScript before Monaco: ${kb(js.gzip)} gzip in ${js.files.length} file(s) (target ≤ 250 KB: ${verdict(js.gzip <= 250 * 1024)})`,
      );

      const usable: number[] = [];
      const editor: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await timeToUsable(browser, app.base);
        usable.push(t.usable);
        editor.push(t.editor);
      }
      say(
        `Canvas and terminal usable: median ${ms(median(usable))} over ${RUNS} loads (max ${ms(Math.max(...usable))}) (target < 1000 ms: ${verdict(median(usable) < 1000)})`,
      );
      say(`Editor ready: median ${ms(median(editor))} (max ${ms(Math.max(...editor))})`);

      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${bench.base}bench/ui/canvas.html`);
      await page.waitForFunction(() => window.bench?.ready(), undefined, { timeout: 30_000 });
      const pods = await page.evaluate(() => window.bench.pods());
      await page.waitForTimeout(500);
      const idle = (await page.evaluate(() => window.bench.frames(2000))).slice(1);
      const busy = await frameTimes(page, 50, 5000);
      const m = median(busy.deltas);
      const p95 = percentile(busy.deltas, 95);
      say(
        `Frame time, idle canvas (20 nodes, ${pods} pods): median ${ms(median(idle))}, p95 ${ms(percentile(idle, 95))}`,
      );
      say(
        `Frame time, ${busy.running} packets in flight (20 nodes, ${pods} pods): median ${ms(m)} (${(1000 / m).toFixed(1)} fps), p95 ${ms(p95)} (${(1000 / p95).toFixed(1)} fps) (target ≥ 55 fps median: ${verdict(1000 / m >= 55)})`,
      );
      if (process.env.BENCH_SHOT) await page.screenshot({ path: process.env.BENCH_SHOT });
      await page.close();

      const lat = await editToCanvas(browser, app.base, RUNS);
      say(
        `Edit + apply → new Service on the canvas (${bigManifestLines()}-line manifest): median ${ms(median(lat))}, max ${ms(Math.max(...lat))} over ${lat.length} edits (target < 100 ms: ${verdict(median(lat) < 100)})`,
      );
    } finally {
      await browser.close();
      await app.server.close();
      await bench.server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log('\nsummary\n' + log.join('\n'));
}

await main();
