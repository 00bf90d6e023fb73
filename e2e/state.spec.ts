import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { editor, setEditorText, visibleEditorText, waitForEditor } from './monaco.ts';

const output = (page: Page) => page.getByTestId('terminal-output');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const MINE =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: mine # <b>not html</b>\nspec:\n  ports:\n    - port: 80\n';

async function run(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

/** Waits until the throttled save has written the workspace. */
async function saved(page: Page, text: string) {
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('k8s-playground:state:v1') ?? ''))
    .toContain(text);
}

/** Types into scratch.yaml, applies the NodePort example and runs a command. */
async function work(page: Page) {
  await page.goto('/');
  await waitForEditor(page);
  await tab(page, 'scratch.yaml').click();
  await setEditorText(page, MINE);
  await tab(page, 'nodeport-service.yaml').click();
  await page.getByTestId('apply-button').click();
  await expect(output(page)).toContainText('service/nodeport-service created');
  await run(page, 'kubectl get endpointslices');
  await saved(page, 'kubectl get endpointslices');
  await saved(page, 'not html');
}

test('files, cluster, terminal history and traces survive a reload', async ({ page }) => {
  await work(page);
  await run(page, 'curl node1:30001');
  await saved(page, 'curl node1:30001');
  await page.reload();
  await waitForEditor(page);
  await expect(tab(page, 'nodeport-service.yaml')).toHaveAttribute('aria-selected', 'true');
  await tab(page, 'scratch.yaml').click();
  expect(await visibleEditorText(page)).toBe(MINE.trimEnd() + '\n');
  // Text from storage is text: nothing of it became markup.
  await expect(page.locator('b', { hasText: 'not html' })).toHaveCount(0);
  await expect(output(page)).toContainText('$ kubectl get endpointslices');
  const input = page.getByTestId('terminal-input');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('curl node1:30001');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('kubectl get endpointslices');
  await run(page, 'kubectl get svc nodeport-service');
  await expect(output(page).locator('[data-kind="stdout"]').last()).toContainText(
    /nodeport-service\s+NodePort\s+[\d.]+\s+<none>\s+80:30001\/TCP/,
  );
  await expect(page.getByTestId('trace-history').getByRole('button')).toHaveCount(1);
});

test('text typed just before a reload is not lost', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await tab(page, 'scratch.yaml').click();
  await setEditorText(page, '# typed a moment ago\n');
  await page.reload(); // well inside the editor's write delay
  await waitForEditor(page);
  await tab(page, 'scratch.yaml').click();
  expect(await visibleEditorText(page)).toBe('# typed a moment ago\n');
});

test('Reset cluster restores the defaults after a confirmation and keeps the files', async ({
  page,
}) => {
  await work(page);
  await page.getByTestId('reset-cluster').click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset the cluster?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await run(page, 'kubectl get svc nodeport-service');
  await expect(output(page).locator('[data-kind="stdout"]').last()).toContainText(
    'nodeport-service',
  );
  await page.getByTestId('reset-cluster').click();
  await dialog.getByRole('button', { name: 'Reset cluster' }).click();
  await expect(page.getByTestId('notice')).toContainText('The cluster was reset to its defaults.');
  await run(page, 'kubectl get svc nodeport-service');
  await expect(output(page).locator('[data-kind="stderr"]').last()).toHaveText(
    'Error from server (NotFound): services "nodeport-service" not found',
  );
  await tab(page, 'scratch.yaml').click();
  expect(await visibleEditorText(page)).toBe(MINE.trimEnd() + '\n');
});

test('a share link opens the same files and cluster in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  await work(page);
  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link.startsWith(`${baseURL}/#s=`)).toBe(true);

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  const problems: string[] = [];
  other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  other.on('pageerror', (e) => problems.push(e.message));
  await other.goto(link);
  await expect(other.getByTestId('notice')).toContainText('Opened a shared link');
  expect(new URL(other.url()).hash).toBe('');
  await waitForEditor(other);
  await other.getByRole('tab', { name: 'scratch.yaml', exact: true }).click();
  expect(await visibleEditorText(other)).toBe(MINE.trimEnd() + '\n');
  await run(other, 'kubectl get svc nodeport-service');
  await expect(other.getByTestId('terminal-output')).toContainText(/nodeport-service\s+NodePort/);
  expect(problems).toEqual([]);
  await fresh.close();
});

test('a corrupt share link says so and keeps the local files and cluster', async ({ page }) => {
  await work(page);
  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.goto(link.slice(0, link.length - 40)); // truncated in transit
  const notice = page.getByTestId('notice');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('This share link could not be read');
  await waitForEditor(page);
  await tab(page, 'scratch.yaml').click();
  expect(await visibleEditorText(page)).toBe(MINE.trimEnd() + '\n');
  await run(page, 'kubectl get svc nodeport-service');
  await expect(output(page).locator('[data-kind="stdout"]').last()).toContainText(
    'nodeport-service',
  );

  await page.goto('/#s=<img src=x onerror=alert(1)>');
  await expect(page.getByTestId('notice')).toContainText('This share link could not be read');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(editor(page)).toBeVisible();
});
