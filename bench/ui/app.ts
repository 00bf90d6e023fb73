/** Page-level measurements of the real app for `npm run bench:ui`. */
import type { Browser } from '@playwright/test';
import { setEditorText, waitForEditor } from '../../e2e/monaco.ts';
import { bigManifest } from '../fixtures.ts';

/**
 * tsx compiles this file with esbuild's keepNames, which wraps inner functions in `__name(…)`;
 * functions sent to the page need that helper there too.
 */
export const NAME_SHIM = 'window.__name = (f) => f;';

declare global {
  interface Window {
    __marks: { usable?: number; editor?: number; t0?: number; t1?: number; watch?: string };
  }
}

/**
 * Records, in page time (ms since navigation start), the first frame where the canvas shows node3
 * and the terminal input exists, and the first frame with Monaco's text view.
 */
const MARKS = () => {
  window.__marks = {};
  const tick = () => {
    const m = window.__marks;
    const node = document.querySelector<HTMLElement>('[data-id="node:node3"]');
    if (
      m.usable === undefined &&
      node &&
      getComputedStyle(node).visibility !== 'hidden' &&
      document.querySelector('[data-testid="terminal-input"]')
    )
      m.usable = performance.now();
    if (m.editor === undefined && document.querySelector('.monaco-editor .view-lines'))
      m.editor = performance.now();
    if (m.usable === undefined || m.editor === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

export async function timeToUsable(
  browser: Browser,
  base: string,
): Promise<{ usable: number; editor: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ content: NAME_SHIM });
  const page = await context.newPage();
  await page.addInitScript(MARKS);
  await page.goto(base);
  await page.waitForFunction(
    () => window.__marks?.usable !== undefined && window.__marks.editor !== undefined,
    undefined,
    { timeout: 30_000 },
  );
  const marks = await page.evaluate(() => window.__marks);
  await context.close();
  return { usable: marks.usable ?? NaN, editor: marks.editor ?? NaN };
}

const SERVICES = 14;
/** The edited Service comes first: its name is on line 4, where the benchmark types. */
const manifest = (name: string) =>
  `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: app-0
  ports:
    - port: 80
      targetPort: 8080
---
${bigManifest(SERVICES, 2)}`;

export const bigManifestLines = (): number => manifest('x').split('\n').length - 1;

/**
 * Puts a ~500-line manifest in the editor and applies it; then, `runs` times, edits the first
 * Service's name as a learner would (End, Backspace, a new digit) and measures from the
 * Ctrl+Enter keydown to the first frame showing the new Service on the canvas.
 */
export async function editToCanvas(
  browser: Browser,
  base: string,
  runs: number,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ content: NAME_SHIM });
  const page = await context.newPage();
  await page.goto(base);
  await waitForEditor(page);
  await page.getByRole('tab', { name: 'scratch.yaml', exact: true }).click();
  await setEditorText(page, manifest('edited-0'));
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.locator('[data-id="svc:default/edited-0"]').waitFor({ timeout: 30_000 });
  const out: number[] = [];
  for (let i = 1; i <= Math.min(runs, 9); i++) {
    const name = `edited-${i}`;
    await page.keyboard.press('ControlOrMeta+Home');
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(String(i));
    await page.evaluate((svc) => {
      const m: Window['__marks'] = (window.__marks = { watch: svc });
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && m.t0 === undefined)
          m.t0 = performance.now();
      };
      window.addEventListener('keydown', onKey, true);
      const tick = () => {
        const el = document.querySelector<HTMLElement>(`[data-id="svc:default/${svc}"]`);
        if (m.t0 !== undefined && el && getComputedStyle(el).visibility !== 'hidden') {
          m.t1 = performance.now();
          window.removeEventListener('keydown', onKey, true);
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, name);
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.waitForFunction(() => window.__marks.t1 !== undefined, undefined, {
      timeout: 30_000,
    });
    const m = await page.evaluate(() => window.__marks);
    out.push((m.t1 ?? NaN) - (m.t0 ?? NaN));
  }
  await context.close();
  return out;
}
