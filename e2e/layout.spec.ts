import { expect, test } from './fixtures.ts';

const PANELS: [testId: string, name: string, placeholder: RegExp | null][] = [
  ['editor-panel', 'Editor', null],
  ['canvas-panel', 'Cluster', null],
  ['lesson-panel', 'Lesson', null],
  ['inspector-panel', 'Inspector', null],
  ['terminal-panel', 'Terminal', null],
];

test('the page loads with every panel, labelled and clearly marked when a placeholder', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Kubernetes Service Playground');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes Service Playground');
  for (const [testId, name, placeholder] of PANELS) {
    const panel = page.getByRole('region', { name, exact: true });
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute('data-testid', testId);
    if (placeholder) await expect(panel).toContainText(placeholder);
  }
  // At 1280×720 the editor, canvas and side column share one row, the terminal sits below.
  const box = async (id: string) => (await page.getByTestId(id).boundingBox())!;
  const [ed, canvas, lesson, inspector, terminal] = await Promise.all(
    PANELS.map(([id]) => box(id)),
  );
  expect(ed!.x).toBeLessThan(canvas!.x);
  expect(canvas!.x).toBeLessThan(lesson!.x);
  expect(lesson!.y).toBeLessThan(inspector!.y);
  expect(terminal!.y).toBeGreaterThanOrEqual(ed!.y + ed!.height);
  expect(terminal!.y + terminal!.height).toBeLessThanOrEqual(720);
});

test('on a phone the panes stack vertically and the splitters are hidden', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const ids = PANELS.map(([id]) => id);
  const boxes = await Promise.all(
    ids.map(async (id) => (await page.getByTestId(id).boundingBox())!),
  );
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i]!.y, `${ids[i]} below ${ids[i - 1]}`).toBeGreaterThanOrEqual(
      boxes[i - 1]!.y + boxes[i - 1]!.height,
    );
    expect(boxes[i]!.width).toBeGreaterThan(350);
  }
  await expect(page.getByRole('separator')).toHaveCount(0);
  // Nothing overflows sideways.
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});

test('the theme toggle switches light/dark and is remembered across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(html).not.toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The editor follows the app theme.
  await expect(page.getByTestId('editor-panel').locator('.monaco-editor.vs-dark')).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html).not.toHaveClass(/dark/);
  await expect(page.getByTestId('editor-panel').locator('.monaco-editor.vs')).toBeVisible();
});

test('without a saved choice the theme follows prefers-color-scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('splitters resize their panes with the keyboard', async ({ page }) => {
  await page.goto('/');
  const editorSplitter = page.getByRole('separator', { name: 'Resize editor' });
  const editorPanel = page.getByTestId('editor-panel');
  await expect(editorSplitter).toHaveAttribute('aria-valuenow', '34');
  await expect(editorSplitter).toHaveAttribute('aria-orientation', 'vertical');
  await expect(editorSplitter).toHaveAttribute('aria-controls', 'pane-editor');
  const before = (await editorPanel.boundingBox())!.width;

  await editorSplitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(editorSplitter).toHaveAttribute('aria-valuenow', '38');
  expect((await editorPanel.boundingBox())!.width).toBeGreaterThan(before + 30);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(editorSplitter).toHaveAttribute('aria-valuenow', '28');
  await page.keyboard.press('Home');
  await expect(editorSplitter).toHaveAttribute('aria-valuenow', '15');
  await page.keyboard.press('End');
  await expect(editorSplitter).toHaveAttribute('aria-valuenow', '56'); // 100 - 20 canvas - 24 side

  // The terminal sits after its splitter: ArrowUp moves the bar up and grows the terminal.
  const terminalSplitter = page.getByRole('separator', { name: 'Resize terminal' });
  const terminal = page.getByTestId('terminal-panel');
  const height = (await terminal.boundingBox())!.height;
  await terminalSplitter.focus();
  await page.keyboard.press('ArrowUp');
  await expect(terminalSplitter).toHaveAttribute('aria-valuenow', '30');
  expect((await terminal.boundingBox())!.height).toBeGreaterThan(height);
});

test('a splitter can be dragged with the pointer', async ({ page }) => {
  await page.goto('/');
  const splitter = page.getByRole('separator', { name: 'Resize lesson and inspector column' });
  const bar = (await splitter.boundingBox())!;
  const y = bar.y + bar.height / 2;
  await page.mouse.move(bar.x + bar.width / 2, y);
  await page.mouse.down();
  // The side column is after its splitter: dragging left by 10% of the row widens it by 10%.
  await page.mouse.move(bar.x + bar.width / 2 - 128, y, { steps: 4 });
  await page.mouse.up();
  const now = Number(await splitter.getAttribute('aria-valuenow'));
  expect(now).toBeGreaterThanOrEqual(33);
  expect(now).toBeLessThanOrEqual(35);
});
