import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { waitForEditor } from './monaco.ts';

/**
 * The lesson panel's own behaviour: asking before a lesson replaces the cluster, hints one at a
 * time, the solution behind a confirmation, the quiz pausing the playback, progress that survives
 * a reload and travels as a file, and the language switch. (lessons-solve.spec.ts solves them all.)
 */

const panel = (page: Page) => page.getByTestId('lesson-panel');
const output = (page: Page) => page.getByTestId('terminal-output');

async function run(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

async function startLesson(page: Page, id: string) {
  await panel(page).getByTestId(`lesson-start-${id}`).click();
  await page.getByTestId('start-dialog-confirm').click();
  await expect(panel(page).getByTestId('lesson-view')).toHaveAttribute('data-lesson', id);
}

/** Lesson 8's first task: two questions, no cluster work. */
async function solveLayers(page: Page) {
  await startLesson(page, '08-service-or-ingress');
  for (const [q, c] of [
    ['service-layer', 'ip-port'],
    ['ingress-layer', 'http'],
  ]) {
    const form = panel(page).getByTestId(`question-${q}`);
    await form.locator(`[data-choice="${c}"]`).check();
    await form.getByTestId('question-check').click();
  }
  await expect(panel(page).getByTestId('goal-list')).toHaveAttribute('data-passed', 'true');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?speed=instant');
  await expect(panel(page).getByTestId('lesson-list')).toBeVisible();
});

test('starting a lesson asks first, can keep my files for the sandbox, and gives them back', async ({
  page,
}) => {
  await run(page, 'kubectl apply -f nodeport-service.yaml');
  await page.getByRole('tab', { name: 'scratch.yaml' }).click();
  await panel(page).getByTestId('lesson-start-02-clusterip').click();
  const dialog = page.getByTestId('start-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel(page).getByTestId('lesson-start-02-clusterip')).toBeFocused();
  await run(page, 'kubectl get svc nodeport-service');
  await expect(output(page)).not.toContainText('NotFound');

  await panel(page).getByTestId('lesson-start-02-clusterip').click();
  await expect(dialog.getByTestId('start-keep-files')).toBeChecked();
  await page.getByTestId('start-dialog-confirm').click();
  await expect(page.getByRole('tab')).toHaveText(['clusterip-service.yaml']);
  await expect(panel(page).getByTestId('task-title')).toBeFocused();
  await run(page, 'kubectl get svc nodeport-service');
  await expect(output(page)).toContainText('services "nodeport-service" not found');

  await panel(page).getByTestId('back-to-list').click();
  await expect(panel(page).getByTestId('saved-work')).toContainText('6 file(s)');
  await panel(page).getByTestId('sandbox-leave').click();
  await expect(page.locator('#sandbox-card-title')).toBeFocused();
  await expect(page.getByRole('tab', { name: 'scratch.yaml' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('tab', { name: 'headless-service.yaml' })).toBeVisible();
  await expect(panel(page).getByTestId('sandbox-card')).toHaveAttribute('data-active', 'true');
});

test('goals re-evaluate live and explain themselves; hints unlock one at a time', async ({
  page,
}) => {
  await startLesson(page, '07-debugging');
  const goal = panel(page).getByTestId('goal').first();
  await expect(goal).toHaveAttribute('data-pass', 'false');
  await expect(goal.getByTestId('goal-explanation')).toContainText(
    'selector app=my-ap matches 0 pods; pods are labelled app=my-app',
  );

  const hints = panel(page).getByTestId('hint');
  await expect(hints).toHaveCount(0);
  const button = panel(page).getByTestId('hint-button');
  await expect(button).toHaveText('Show a hint (1 of 3)');
  await button.click();
  await expect(hints).toHaveCount(1);
  await expect(button).toHaveText('Show hint 2 of 3');
  await button.click();
  await button.click();
  await expect(hints).toHaveCount(3);
  await expect(button).toBeHidden();

  // Fixing the Service from the terminal turns the goal green and says so.
  await run(page, 'kubectl patch svc web -p \'{"spec":{"selector":{"app":"my-app"}}}\'');
  await expect(goal).toHaveAttribute('data-pass', 'true');
  await expect(panel(page).getByTestId('goal-announcement')).toContainText(
    'Every goal is met: this task is done.',
  );
  // Hints and progress stay with the task.
  await page.reload();
  await expect(panel(page).getByTestId('hint')).toHaveCount(3);
  await expect(panel(page).getByTestId(`task-selector`)).toHaveAttribute('data-done', 'true');
  // Starting the task over brings the broken Service back (the task stays done in the progress).
  await panel(page).getByTestId('restart-task').click();
  await expect(page.getByTestId('start-dialog')).toContainText(
    'Start the task “The selector matches nothing” over?',
  );
  await page.getByTestId('start-dialog-confirm').click();
  await expect(goal).toHaveAttribute('data-pass', 'false');
  await expect(panel(page).getByTestId('hint')).toHaveCount(0);
  await expect(panel(page).getByTestId(`task-selector`)).toHaveAttribute('data-done', 'true');
});

test('the solution is one click behind a confirmation and runs step by step', async ({ page }) => {
  await startLesson(page, '03-nodeport');
  await waitForEditor(page);
  await panel(page).getByTestId('solution-button').click();
  const dialog = page.getByTestId('solution-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel(page).getByTestId('solution-steps')).toHaveCount(0);

  await panel(page).getByTestId('solution-button').click();
  await dialog.getByRole('button', { name: 'Show solution' }).click();
  const steps = panel(page).getByTestId('solution-step');
  await expect(steps).toHaveText([
    'Apply nodeport-service.yaml (kubectl apply -f nodeport-service.yaml)',
    'Run in the terminal: kubectl get svc nodeport-service',
    'Run in the terminal: curl -s node1:30001',
    'Run in the terminal: curl -s node2:30001',
  ]);
  const runStep = panel(page).getByTestId('solution-run');
  for (let i = 1; i <= 4; i++) {
    await expect(runStep).toHaveText(`Do step ${i} of 4`);
    await runStep.click();
  }
  await expect(output(page)).toContainText('service/nodeport-service created');
  await expect(output(page)).toContainText('$ curl -s node2:30001');
  await expect(steps.nth(3)).toHaveAttribute('data-state', 'done');
  await expect(panel(page).getByTestId('goal-list')).toHaveAttribute('data-passed', 'true');
});

test('quiz mode pauses the packet before the hop and asks where it goes', async ({ page }) => {
  await startLesson(page, '02-clusterip');
  await waitForEditor(page);
  // Opening a later task from the list (it asks first) sets the cluster up as if the tasks
  // before it were solved: task 3, then back to task 2 (ClusterIP 10.96.0.100 applied).
  for (const task of ['not-from-outside', 'by-name-and-ip']) {
    await panel(page).getByTestId(`task-${task}`).getByRole('button').click();
    await page.getByTestId('start-dialog-confirm').click();
    await expect(panel(page).getByTestId('task-view')).toHaveAttribute('data-task', task);
  }
  await expect(page.getByTestId('yaml-editor')).toContainText(
    'clusterIP: 10.96.0.100'.replace(' ', '\u00a0'),
  );
  await run(page, 'kubectl exec netshoot -- curl -s clusterip-service');
  const quiz = panel(page).getByTestId('quiz-prompt');
  await expect(quiz).toHaveAttribute('data-quiz', 'after-dns');
  const position = page.getByTestId('inspector-panel').getByTestId('playback-position');
  await expect(position).toHaveText('hop 1 of 6');
  await expect(page.getByTestId('quiz-announcement')).toContainText('Quiz, playback paused');
  await page.waitForTimeout(300); // the clock would have played on by now
  await expect(position).toHaveText('hop 1 of 6');

  await quiz.getByTestId('quiz-input').fill('10.96.0.100:80');
  await quiz.getByTestId('quiz-submit').click();
  await expect(quiz.getByTestId('quiz-feedback')).toHaveText('Right: 10.96.0.100:80.');
  await quiz.getByTestId('quiz-continue').click();

  // The next stop waits before the DNAT hop (hop 3): the packet is still addressed to the VIP.
  await expect(quiz).toHaveAttribute('data-quiz', 'after-dnat');
  await expect(position).toHaveText('hop 2 of 6');
  await quiz.getByTestId('quiz-input').fill('10.96.0.100:80');
  await quiz.getByTestId('quiz-submit').click();
  await expect(quiz.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'false');
  await expect(quiz.getByTestId('quiz-feedback')).toContainText(
    /the packet shows 10\.244\.\d+\.\d+:8080/,
  );
  await expect(position).toHaveText('hop 3 of 6');
  await quiz.getByTestId('quiz-continue').click();
  await quiz.getByTestId('quiz-reveal').click();
  await quiz.getByTestId('quiz-continue').click();
  await expect(quiz).toHaveCount(0);
  await expect(position).toHaveText('hop 6 of 6');

  // Quiz mode off: the same request plays straight through.
  await panel(page).getByTestId('back-to-list').click();
  await panel(page).getByTestId('quiz-mode').uncheck();
  await run(page, 'kubectl exec netshoot -- curl -s clusterip-service');
  await expect(position).toHaveText('hop 6 of 6');
  await expect(quiz).toHaveCount(0);
});

test('progress survives a reload, and export → reset → import restores it', async ({
  page,
}, testInfo) => {
  await solveLayers(page);
  const progress = panel(page).getByTestId('lesson-progress-08-service-or-ingress');
  await page.reload();
  await expect(panel(page).getByTestId('task-layers')).toHaveAttribute('data-done', 'true');
  await panel(page).getByTestId('back-to-list').click();
  await expect(progress).toHaveText('1 of 3 tasks done');

  const download = page.waitForEvent('download');
  await panel(page).getByTestId('progress-export').click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toBe('k8s-playground-progress.json');
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    format: 'k8s-service-playground/lesson-progress',
    version: 1,
    lessons: { '08-service-or-ingress': { done: ['layers'], quiz: [] } },
  });

  await panel(page).getByTestId('progress-reset-all').click();
  await page
    .getByTestId('progress-reset-dialog')
    .getByRole('button', { name: 'Reset all progress' })
    .click();
  await expect(progress).toHaveText('0 of 3 tasks done');

  await panel(page).getByTestId('progress-import-input').setInputFiles(file);
  await expect(progress).toHaveText('1 of 3 tasks done');
  await expect(panel(page).getByTestId('progress-message')).toHaveText(
    'Progress imported from progress.json: 1 task(s) done.',
  );

  // A damaged file says why and changes nothing.
  for (const [name, body, message] of [
    [
      'broken.json',
      '{"format": "k8s-service-playground/lesson-progress", "vers',
      'is not valid JSON',
    ],
    [
      'other.json',
      JSON.stringify({
        format: 'k8s-service-playground/lesson-progress',
        version: 1,
        lessons: { '08-service-or-ingress': { done: ['layers', 'teleport'], quiz: [] } },
      }),
      'names a task this playground does not have (08-service-or-ingress/teleport)',
    ],
  ] as const) {
    await panel(page)
      .getByTestId('progress-import-input')
      .setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(body),
      });
    await expect(panel(page).getByTestId('progress-error')).toContainText(`${name} ${message}`);
    await expect(panel(page).getByTestId('progress-error')).toContainText('Nothing was changed.');
    await expect(progress).toHaveText('1 of 3 tasks done');
  }
});

test('the language switch changes the lesson text, and lessons are in Korean', async ({ page }) => {
  await startLesson(page, '01-why-services');
  await expect(panel(page).getByTestId('lesson-title')).toHaveText('Why Services');
  await expect(panel(page).getByTestId('task-title')).toContainText('Task 1 of 3:');
  await page.getByTestId('language-ko').click();
  await expect(panel(page).getByTestId('lesson-title')).toHaveText('왜 서비스가 필요할까');
  await expect(panel(page).getByTestId('task-title')).toContainText('과제 1/3:');
  await expect(panel(page).getByTestId('task-title')).toContainText(
    '파드를 지우고 다시 뜨는 것 보기',
  );
  await expect(panel(page).getByTestId('goal').first()).toContainText('파드');
  await expect(panel(page).getByTestId('lesson-explanation')).toContainText('디플로이먼트');
  await page.getByTestId('language-en').click();
  await expect(panel(page).getByTestId('lesson-title')).toHaveText('Why Services');
});

test('real-cluster commands can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startLesson(page, '01-why-services');
  const real = panel(page).getByTestId('real-commands');
  await expect(real.getByTestId('real-command').first()).toHaveText('kubectl get pods -o wide');
  await real.getByRole('button', { name: 'Copy kubectl get pods -o wide' }).first().click();
  await expect(real.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'kubectl get pods -o wide',
  );
});
