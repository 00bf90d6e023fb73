import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { editor, setEditorText, visibleEditorText, waitForEditor } from './monaco.ts';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

const output = (page: Page) => page.getByTestId('terminal-output');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

/** The problem widget F8 opens (message plus "N of M problems"). */
function problemWidget(page: Page) {
  return editor(page).locator('.zone-widget', { has: page.locator('.marker-widget') });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
});

test('the article manifests open as tabs and each applies through the terminal', async ({
  page,
}) => {
  const tabs = page.getByRole('tablist', { name: 'Files' }).getByRole('tab');
  await expect(tabs).toHaveText([
    'clusterip-service.yaml',
    'nodeport-service.yaml',
    'lb-service.yaml',
    'externalname-service.yaml',
    'headless-service.yaml',
    'scratch.yaml',
  ]);
  await expect(page.getByTestId('editor-note')).toContainText(
    'Editing changes nothing in the cluster until you apply it',
  );

  // The article's clusterIP 10.10.10.10 is outside the default service CIDR: the real error.
  await page.getByTestId('apply-button').click();
  await expect(output(page)).toContainText('$ kubectl apply -f clusterip-service.yaml');
  await expect(output(page).locator('[data-kind="stderr"]').last()).toHaveText(
    'The Service "clusterip-service" is invalid: spec.clusterIPs: Invalid value: []string{"10.10.10.10"}: failed to allocate IP 10.10.10.10: the provided network does not match the current range',
  );
  for (const name of [
    'nodeport-service',
    'lb-service',
    'externalname-service',
    'headless-service',
  ]) {
    await tab(page, `${name}.yaml`).click();
    await expect(editor(page)).toContainText(`name:\u00a0${name}`);
    await page.getByTestId('apply-button').click();
    await expect(output(page).locator('[data-kind="stdout"]').last()).toHaveText(
      `service/${name} created`,
    );
  }
  await page.getByTestId('terminal-input').fill('kubectl get service');
  await page.getByTestId('terminal-input').press('Enter');
  const table = output(page).locator('[data-kind="stdout"]').last();
  await expect(table).toContainText(
    /externalname-service\s+ExternalName\s+<none>\s+google\.com\s+<none>/,
  );
  await expect(table).toContainText(/headless-service\s+ClusterIP\s+None\s+<none>\s+80\/TCP/);
  await expect(table).toContainText(
    /lb-service\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+192\.168\.0\.18\d\s+80:3\d{4}\/TCP/,
  );
  await expect(table).toContainText(
    /nodeport-service\s+NodePort\s+10\.\d+\.\d+\.\d+\s+<none>\s+80:30001\/TCP/,
  );

  // The article's ExternalName example: Google answers 404 to a Host header it does not serve.
  await page
    .getByTestId('terminal-input')
    .fill('kubectl exec -it netshoot -- curl externalname-service.default.svc.cluster.local');
  await page.getByTestId('terminal-input').press('Enter');
  await expect(output(page)).toContainText('<title>Error 404 (Not Found)!!1</title>');
  await expect(output(page)).toContainText(
    'The requested URL <code>/</code> was not found on this server.',
  );
});

test('Ctrl+Enter applies the edited text of the active file', async ({ page }) => {
  await tab(page, 'scratch.yaml').click();
  await setEditorText(page, SERVICE);
  await page.keyboard.press('Control+Enter');
  await expect(output(page)).toContainText('$ kubectl apply -f scratch.yaml');
  await expect(output(page).locator('[data-kind="stdout"]').last()).toHaveText(
    'service/web created',
  );
  // The shortcut must not have inserted a line break.
  expect(await visibleEditorText(page)).toBe(SERVICE.trimEnd() + '\n');
});

test('an invalid nodePort is marked on its line with the API-server message', async ({ page }) => {
  await tab(page, 'nodeport-service.yaml').click();
  const text = (await visibleEditorText(page)).replace('nodePort: 30001', 'nodePort: 40000');
  await setEditorText(page, text);
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(1);
  await expect(page.getByTestId('editor-problems')).toHaveText(
    'API server: 1 error(s), 0 warning(s).',
  );
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('F8');
  const widget = problemWidget(page);
  await expect(widget).toContainText('1 of 1 problem');
  await expect(widget).toContainText(
    'The Service "nodeport-service" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
  );
  await expect(editor(page).locator('.active-line-number')).toHaveText('13');
  // Nothing was applied: the cluster does not know the Service.
  await page.keyboard.press('Escape');
  await page.getByTestId('terminal-input').fill('kubectl get svc nodeport-service');
  await page.getByTestId('terminal-input').press('Enter');
  await expect(output(page)).toContainText('services "nodeport-service" not found');
});

test('the article ClusterIP is marked as the cluster would reject it', async ({ page }) => {
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(1);
  await editor(page).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('F8');
  await expect(problemWidget(page)).toContainText('failed to allocate IP 10.10.10.10');
  await expect(editor(page).locator('.active-line-number')).toHaveText('7');
});

test('schema completion offers the Service types', async ({ page }) => {
  await tab(page, 'scratch.yaml').click();
  await setEditorText(page, `${SERVICE}  type: `);
  await page.keyboard.press('Control+Space');
  const suggest = editor(page).locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  for (const type of ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']) {
    await expect(suggest.locator('.monaco-list-row', { hasText: type })).toBeVisible();
  }
  await suggest.locator('.monaco-list-row', { hasText: 'NodePort' }).click();
  expect(await visibleEditorText(page)).toContain('  type: NodePort');
});

test('hovering a field shows its official Kubernetes documentation', async ({ page }) => {
  await editor(page)
    .locator('.view-line span', { hasText: /^targetPort$/ })
    .hover();
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText(
    'Number or name of the port to access on the pods targeted by the service',
  );
});

test('schema warnings and API-server errors both show, YAML syntax errors too', async ({
  page,
}) => {
  await tab(page, 'scratch.yaml').click();
  await setEditorText(page, SERVICE.replace('    app: web\n', '    app: web\n  type: NodePortt\n'));
  await expect(editor(page).locator('.squiggly-warning')).toHaveCount(1);
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(1);
  await expect(page.getByTestId('editor-problems')).toHaveText(
    'API server: 1 error(s), 0 warning(s).',
  );
  await editor(page)
    .locator('.view-line span', { hasText: /^NodePortt$/ })
    .hover();
  const hover = page.locator('.monaco-hover:not(.hidden)');
  await expect(hover).toContainText('Value is not accepted. Valid values: "ClusterIP", "NodePort"');
  await expect(hover).toContainText(
    'The Service "web" is invalid: spec.type: Unsupported value: "NodePortt": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
  );
  await page.mouse.move(0, 0);
  await setEditorText(page, 'apiVersion: v1\nkind: Service\nmetadata: {name: web\n');
  await expect(editor(page).locator('.squiggly-error').first()).toBeVisible();
  await expect(page.getByTestId('editor-problems')).toHaveText(/API server: 1 error/);
});

test('files can be added, renamed and closed from the keyboard', async ({ page }) => {
  await page.getByRole('button', { name: '+ New' }).click();
  await expect(tab(page, 'untitled.yaml')).toHaveAttribute('aria-selected', 'true');
  await setEditorText(page, SERVICE);
  await tab(page, 'untitled.yaml').focus();
  await page.keyboard.press('F2');
  const rename = page.getByRole('textbox', { name: 'New name for untitled.yaml' });
  await expect(rename).toBeFocused();
  await rename.fill('scratch.yaml');
  await rename.press('Enter');
  await expect(page.locator('#file-rename-error')).toHaveText(
    'Another file already has that name.',
  );
  await rename.fill('web.yaml');
  await rename.press('Enter');
  await expect(tab(page, 'web.yaml')).toBeFocused();
  expect(await visibleEditorText(page)).toBe(SERVICE.trimEnd() + '\n');
  await page.getByTestId('apply-button').click();
  await expect(output(page)).toContainText('$ kubectl apply -f web.yaml');

  // Arrow keys move along the tabs; Delete asks before discarding text.
  await tab(page, 'web.yaml').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'scratch.yaml')).toBeFocused();
  await expect(tab(page, 'scratch.yaml')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('alertdialog', { name: 'Close web.yaml?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close file' }).click();
  await expect(tab(page, 'web.yaml')).toHaveCount(0);
  // An empty file closes without asking.
  await tab(page, 'scratch.yaml').focus();
  await page.keyboard.press('Delete');
  await expect(tab(page, 'scratch.yaml')).toHaveCount(0);
});

test('a file written by the terminal opens as a tab', async ({ page }) => {
  await page.getByTestId('terminal-input').fill('kubectl get svc kubernetes -o yaml > kube.yaml');
  await page.getByTestId('terminal-input').press('Enter');
  await tab(page, 'kube.yaml').click();
  await expect(editor(page)).toContainText('name:\u00a0kubernetes');
});
