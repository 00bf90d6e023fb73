import { expect, test } from './fixtures.ts';
import { editor, setEditorText, waitForEditor } from './monaco.ts';

test('no request leaves the origin, the editor workers and schema included', async ({
  page,
  guard,
  baseURL,
}) => {
  await page.goto('/');
  await waitForEditor(page);
  // Exercise the YAML worker (validation, hover) so its requests are part of the record.
  await setEditorText(page, 'apiVersion: v1\nkind: Service\nspec:\n  type: Bogus\n');
  await expect(editor(page).locator('.squiggly-warning')).toHaveCount(1);
  await editor(page)
    .locator('.view-line span', { hasText: /^kind$/ })
    .hover();
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('Kind is a string value');

  const origins = [...new Set(guard.requests.map((u) => new URL(u).origin))];
  expect(origins).toEqual([new URL(baseURL!).origin]);
  expect(guard.requests.some((u) => /\/yaml\.worker-[\w-]+\.js$/.test(u))).toBe(true);
  expect(guard.requests.some((u) => /\/editor\.worker-[\w-]+\.js$/.test(u))).toBe(true);
});

test('Monaco loads lazily: the page works and shows the manifest before the editor arrives', async ({
  page,
}) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/YamlEditor-[\w-]+\.js$/, async (route) => {
    await released;
    await route.fallback();
  });
  await page.goto('/');
  await expect(page.getByTestId('canvas-panel')).toBeVisible();
  const fallback = page.getByTestId('editor-fallback');
  await expect(fallback.getByRole('status')).toHaveText('Loading editor…');
  await expect(
    fallback.getByLabel('Manifest (read-only until the editor has loaded)'),
  ).toContainText('kind: Service');
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  release();
  await waitForEditor(page);
  await expect(fallback).toHaveCount(0);
});

test('the shared fixture catches console errors and requests to other origins', async ({
  page,
  guard,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    console.error('deliberate');
    await fetch('https://example.com/probe').catch(() => undefined);
  });
  // Chromium also logs the blocked request; wait for it so it cannot arrive after the take.
  await expect
    .poll(() => guard.problems().some((p) => p.includes('ERR_BLOCKED_BY_CLIENT')))
    .toBe(true);
  const problems = guard.takeProblems();
  expect(problems.slice(0, 2)).toEqual([
    'console.error: deliberate',
    'request left the origin: https://example.com/probe',
  ]);
  expect(problems[2]).toMatch(
    /^console\.error: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/,
  );
  expect(problems).toHaveLength(3);
});
