import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { waitForEditor } from './monaco.ts';

const output = (page: Page) => page.getByTestId('terminal-output');

async function run(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

test('the terminal and inspector work before the editor has loaded', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/YamlEditor-[\w-]+\.js$/, async (route) => {
    await released;
    await route.fallback();
  });
  await page.goto('/');
  await expect(page.getByTestId('editor-fallback')).toContainText('clusterip-service');
  await run(page, 'kubectl get pods');
  await expect(output(page)).toContainText(/netshoot\s+1\/1\s+Running/);
  // Apply works from the fallback too: the button needs no editor.
  await page.getByRole('tab', { name: 'headless-service.yaml' }).click();
  await expect(page.getByTestId('editor-fallback')).toContainText('clusterIP: None');
  await page.getByTestId('apply-button').click();
  await expect(output(page)).toContainText('service/headless-service created');
  await run(page, 'kubectl exec netshoot -- curl -s headless-service');
  await expect(output(page)).toContainText(/Hostname: my-app-/);
  await expect(page.getByTestId('inspector-panel').getByTestId('trace-outcome')).toHaveAttribute(
    'data-outcome',
    'delivered',
  );
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  release();
  await waitForEditor(page);
});

test('switching to Korean translates the interface and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '쿠버네티스 서비스 플레이그라운드',
  );
  await expect(page.getByRole('region', { name: '터미널' })).toBeVisible();
  await expect(page.getByRole('region', { name: '인스펙터' })).toContainText(
    '아직 요청이 없습니다',
  );
  await expect(page.getByRole('button', { name: '클러스터 초기화' })).toBeVisible();
  await expect(page.getByTestId('editor-note')).toContainText(
    '편집만으로는 클러스터가 바뀌지 않습니다',
  );
  // kubectl speaks English on a Korean desktop too: command output is not translated.
  await run(page, 'kubectl get svc nope');
  await expect(output(page)).toContainText(
    'Error from server (NotFound): services "nope" not found',
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '쿠버네티스 서비스 플레이그라운드',
  );
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes Service Playground');
});

test.describe('with a Korean browser', () => {
  test.use({ locale: 'ko-KR' });
  test('the browser language picks Korean by default', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('region', { name: '에디터' })).toBeVisible();
  });
});

test('a learner follows the article: NodePort, a request, its hops', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('tab', { name: 'nodeport-service.yaml' }).click();
  await page.getByTestId('apply-button').click();
  await run(page, 'kubectl get endpointslices');
  await expect(output(page)).toContainText(/nodeport-service-\w+\s+IPv4\s+8080\s+10\.244\./);
  await run(page, 'kubectl exec -it netshoot -- curl -s nodeport-service');
  await expect(output(page)).toContainText(/Hostname: my-app-/);
  const inspector = page.getByTestId('inspector-panel');
  await expect(inspector.getByTestId('trace-outcome')).toHaveAttribute('data-outcome', 'delivered');
  await expect(inspector.getByRole('table')).toContainText('KUBE-SEP-');
  // The playback runs by itself to the last hop.
  const rows = await inspector.locator('tbody tr').count();
  await expect(inspector.getByTestId('playback-position')).toHaveText(`hop ${rows} of ${rows}`, {
    timeout: 20_000,
  });
  await expect(inspector.locator(`tr[data-hop="${rows - 1}"]`)).toHaveAttribute(
    'aria-current',
    'step',
  );
});

test('on a phone every panel is readable in one column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  for (const id of ['editor-panel', 'canvas-panel', 'inspector-panel', 'terminal-panel']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.width).toBeGreaterThan(350);
  }
  await run(page, 'kubectl get nodes');
  await expect(output(page)).toContainText(/node3\s+Ready/);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});
