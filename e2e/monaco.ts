import { expect, type Page } from '@playwright/test';

/** The Monaco editor of the editor panel. */
export function editor(page: Page) {
  return page.getByTestId('editor-panel').locator('.monaco-editor').first();
}

/** Waits until Monaco has replaced the "Loading editor…" fallback. */
export async function waitForEditor(page: Page): Promise<void> {
  await expect(editor(page).locator('.view-lines')).toBeVisible();
}

/**
 * Replaces the editor's text exactly: select all, then a synthetic paste on the focused input.
 * (keyboard.type loses YAML indentation to auto-indent; insertText stacks it.)
 */
export async function setEditorText(page: Page, text: string): Promise<void> {
  await waitForEditor(page);
  await editor(page).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => {
    const target = document.activeElement;
    if (!target) throw new Error('nothing focused');
    const data = new DataTransfer();
    data.setData('text/plain', t);
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The visible text of the editor (Monaco renders spaces as NBSP). */
export async function visibleEditorText(page: Page): Promise<string> {
  // Lines are absolutely positioned and not necessarily in DOM order.
  const lines = await editor(page)
    .locator('.view-line')
    .evaluateAll((els) =>
      els
        .map((e) => ({ top: parseFloat((e as HTMLElement).style.top), text: e.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    );
  return lines.join('\n').replace(/\u00a0/g, ' ');
}
