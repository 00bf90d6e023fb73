import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const input = (page: Page) => page.getByTestId('terminal-input');
const output = (page: Page) => page.getByTestId('terminal-output');

async function run(page: Page, line: string) {
  await input(page).fill(line);
  await input(page).press('Enter');
  await expect(input(page)).toHaveValue('');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(input(page)).toBeVisible();
});

test('kubectl get service lists the cluster Services as a table', async ({ page }) => {
  await run(page, 'kubectl get service');
  const log = page.getByRole('log', { name: 'Terminal output' });
  await expect(log).toContainText('$ kubectl get service');
  await expect(log).toContainText(/NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE/);
  await expect(log).toContainText(/kubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443\/TCP/);
  // Output is plain text laid out with white-space: pre (columns line up).
  await expect(output(page)).toHaveCSS('white-space', 'pre');
});

test('errors are printed on stderr, styled apart from stdout', async ({ page }) => {
  await run(page, 'kubectl get svc nope');
  const err = output(page).locator('[data-kind="stderr"]').last();
  await expect(err).toHaveText('Error from server (NotFound): services "nope" not found');
  const stdoutColor = await output(page)
    .locator('[data-kind="prompt"]')
    .last()
    .evaluate((e) => getComputedStyle(e).color);
  expect(await err.evaluate((e) => getComputedStyle(e).color)).not.toBe(stdoutColor);
});

test('↑/↓ browse the history and keep the line being typed', async ({ page }) => {
  await run(page, 'kubectl get nodes');
  await run(page, 'kubectl get pods');
  await input(page).fill('draft');
  await input(page).press('ArrowUp');
  await expect(input(page)).toHaveValue('kubectl get pods');
  await input(page).press('ArrowUp');
  await expect(input(page)).toHaveValue('kubectl get nodes');
  await input(page).press('ArrowDown');
  await input(page).press('ArrowDown');
  await expect(input(page)).toHaveValue('draft');
});

test('Tab completes commands and names, and lists several candidates', async ({ page }) => {
  await input(page).fill('kubectl get svc kube');
  await input(page).press('Tab');
  await expect(input(page)).toHaveValue('kubectl get svc kubernetes ');
  await input(page).fill('kubectl de');
  await input(page).press('Tab');
  await expect(input(page)).toHaveValue('kubectl de');
  await expect(output(page).locator('[data-kind="prompt"]').last()).toHaveText('$ kubectl de');
  await expect(output(page).locator('[data-kind="stdout"]').last()).toHaveText(
    /^debug\s+delete\s+describe$/,
  );
  await input(page).fill('kubectl del');
  await input(page).press('Tab');
  await expect(input(page)).toHaveValue('kubectl delete ');
  await expect(input(page)).toBeFocused();
  // On an empty line Tab leaves the terminal, as it does everywhere else on the page.
  await input(page).fill('');
  await input(page).press('Tab');
  await expect(input(page)).not.toBeFocused();
});

test('Ctrl+C abandons the line, Ctrl+L clears the screen, the prompt follows the shell', async ({
  page,
}) => {
  await input(page).fill('kubectl delete pod netshoot');
  await input(page).press('Control+c');
  await expect(input(page)).toHaveValue('');
  await expect(output(page)).toContainText('$ kubectl delete pod netshoot^C');
  await run(page, 'kubectl exec -it netshoot -- bash');
  await expect(page.getByTestId('terminal-prompt')).toHaveText('bash-5.2#');
  await expect(input(page)).toHaveAccessibleName('Command line (bash-5.2#)');
  await run(page, 'hostname');
  await expect(output(page).locator('[data-kind="stdout"]').last()).toHaveText('netshoot');
  await input(page).press('Control+l');
  await expect(output(page).locator('div')).toHaveCount(0);
  await run(page, 'exit');
  await expect(page.getByTestId('terminal-prompt')).toHaveText('$');
});

test('the transcript can be selected and copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await run(page, 'kubectl get ns');
  await page.getByTestId('terminal-copy').click();
  await expect(page.getByTestId('terminal-panel').getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('$ kubectl get ns\nNAME ');
  // Dragging over the output selects text (the click-to-focus leaves a selection alone).
  const line = output(page).locator('[data-kind="stdout"]').last();
  await line.selectText();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toContain('default');
});

test('curl from the terminal shows every hop in the inspector', async ({ page }) => {
  await page.getByRole('tab', { name: 'nodeport-service.yaml' }).click();
  await page.getByTestId('apply-button').click();
  await expect(output(page)).toContainText('service/nodeport-service created');
  await run(page, 'curl node3:30001');
  await expect(output(page)).toContainText('RemoteAddr: 192.168.0.13:');

  const inspector = page.getByTestId('inspector-panel');
  const table = inspector.getByRole('table', { name: /The request hop by hop \(8 hops\)/ });
  await expect(table.locator('tbody tr')).toHaveCount(8);
  await expect(inspector.getByTestId('trace-label')).toHaveText('curl node3:30001');
  await expect(inspector.getByTestId('trace-outcome')).toContainText(
    /Delivered to pod my-app-[\w-]+, which saw the client as 192\.168\.0\.13:\d+\. HTTP 200 OK\. Total \d/,
  );
  // The NodePort second hop: DNAT on node3, SNAT to node3's address, forwarded to another node.
  await expect(table.locator('tbody tr', { hasText: 'DNAT' }).first()).toContainText('node3');
  await expect(table.getByTestId('cross-node')).toHaveCount(2);
  const snat = table.locator('tbody tr', { hasText: 'KUBE-POSTROUTING' });
  await expect(snat.locator('mark')).toHaveText(/^192\.168\.0\.13:\d+$/);

  // Selecting a row moves the playback there; arrows move the selection.
  await table.getByRole('button', { name: 'Show hop 4' }).click();
  await expect(table.locator('tr[aria-current="step"]')).toHaveAttribute('data-hop', '3');
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('tr[aria-current="step"]')).toHaveAttribute('data-hop', '4');
  await expect(table.getByRole('button', { name: 'Show hop 5' })).toBeFocused();
  await expect(inspector.getByTestId('playback-position')).toHaveText('hop 5 of 8');

  // The request history keeps earlier traces; selecting one replays it.
  await run(page, 'kubectl exec netshoot -- curl -s nodeport-service');
  const history = inspector.getByTestId('trace-history');
  await expect(history.getByRole('button')).toHaveCount(2);
  await history.getByRole('button', { name: /^curl node3:30001/ }).click();
  await expect(inspector.getByTestId('trace-label')).toHaveText('curl node3:30001');
});
