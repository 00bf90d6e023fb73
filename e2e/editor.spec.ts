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

/** The problem widget F8 opens (message plus "N of M problems"). */
function problemWidget(page: Page) {
  return editor(page).locator('.zone-widget', { has: page.locator('.marker-widget') });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
});

test('the editor loads the sample Service and exact YAML can be pasted in', async ({ page }) => {
  await expect(editor(page)).toContainText('kind: Service'.replace(' ', '\u00a0'));
  await setEditorText(page, SERVICE);
  expect(await visibleEditorText(page)).toBe(SERVICE.trimEnd() + '\n');
  await expect(page.getByRole('textbox', { name: 'Manifest editor (YAML)' })).toBeFocused();
});

test('schema completion offers the Service types', async ({ page }) => {
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
  await setEditorText(page, SERVICE);
  await editor(page)
    .locator('.view-line span', { hasText: /^targetPort$/ })
    .hover();
  const hover = page.locator('.monaco-hover:not(.hidden)');
  await expect(hover).toContainText(
    'Number or name of the port to access on the pods targeted by the service',
  );
});

test('schema violations show as warnings, YAML syntax errors as errors', async ({ page }) => {
  await setEditorText(page, SERVICE.replace('    app: web\n', '    app: web\n  type: NodePortt\n'));
  await expect(editor(page).locator('.squiggly-warning')).toHaveCount(1);
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(0);
  // F8 opens the problem at the cursor's next marker: count, position and message.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('F8');
  const widget = problemWidget(page);
  await expect(widget).toContainText('1 of 1 problem');
  await expect(widget).toContainText(
    'Value is not accepted. Valid values: "ClusterIP", "NodePort"',
  );
  await page.keyboard.press('Escape');
  await expect(widget).toHaveCount(0);

  await setEditorText(page, 'apiVersion: v1\nkind: Service\nmetadata: {name: web\n');
  await expect(editor(page).locator('.squiggly-error').first()).toBeVisible();
  await expect(editor(page).locator('.squiggly-warning')).toHaveCount(0);
});

test('each --- document is checked against the schema of its own kind', async ({ page }) => {
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
          imagePullPolicy: Sometimes
`;
  // Empty and comment-only documents are skipped, as kubectl skips them.
  await setEditorText(page, `---\n${SERVICE}---\n# only a comment\n---\n${deployment}---\n`);
  await expect(editor(page).locator('.squiggly-warning')).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('F8');
  const widget = problemWidget(page);
  await expect(widget).toContainText('1 of 1 problem');
  await expect(widget).toContainText(
    'Value is not accepted. Valid values: "Always", "IfNotPresent", "Never"',
  );
  // F8 moved the cursor to the problem: the Deployment's imagePullPolicy, line 32 of the file.
  await expect(editor(page).locator('.active-line-number')).toHaveText('32');
});

test('Ctrl+Enter in the editor calls onApply, as does the Apply button', async ({ page }) => {
  const status = page.getByTestId('editor-status');
  await expect(status).toContainText('Ctrl+Enter applies service.yaml');
  await editor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+Enter');
  await expect(status).toHaveText(/^Apply #1 requested for service\.yaml \(13 lines\)/);
  // The shortcut must not have inserted a line break.
  expect(await visibleEditorText(page)).not.toMatch(/\n\n\n/);
  await page.getByRole('button', { name: /^Apply/ }).click();
  await expect(status).toHaveText(/^Apply #2 requested/);
});
