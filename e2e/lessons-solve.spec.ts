import type { Locator, Page } from '@playwright/test';
import { en as uiEn } from '../src/i18n/en.ts';
import { ko as uiKo } from '../src/i18n/ko.ts';
import { lessons } from '../src/lessons/index.ts';
import { expect, test } from './fixtures.ts';
import { setEditorText, visibleEditorText, waitForEditor } from './monaco.ts';

/**
 * Every lesson solved in the browser as a learner would: commands typed in the terminal, files
 * edited in the editor and applied with its button, requests sent from the canvas menus, answers
 * given in the lesson panel, quiz questions answered while the playback waits. Each task's goals
 * must all turn green. Run in English and in Korean (the UI and lesson texts switch; what is typed
 * does not). `?speed=instant` makes the playback clock and the packets instant.
 */

type Lang = 'en' | 'ko';
const UI = { en: uiEn, ko: uiKo } as const;

interface Ctx {
  page: Page;
  lang: Lang;
  panel: Locator;
}

const text = (lang: Lang, lessonId: string) => {
  const l = lessons.find((x) => x.id === lessonId);
  if (!l) throw new Error(lessonId);
  return l.text[lang];
};

async function run({ page }: Ctx, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

/** The terminal's output of the last command (for values a learner reads off the screen). */
async function lastOutput({ page }: Ctx): Promise<string> {
  const out = await page.getByTestId('terminal-output').innerText();
  return out.slice(out.lastIndexOf('$ '));
}

async function openTab({ page }: Ctx, file: string) {
  await page.getByRole('tab', { name: file }).click();
  await waitForEditor(page);
}

/** Edits a file in the editor: its text with `find` replaced (what a learner types). */
async function edit(ctx: Ctx, file: string, find: string, replace: string) {
  await openTab(ctx, file);
  await expect.poll(() => visibleEditorText(ctx.page)).toContain(find);
  const before = await visibleEditorText(ctx.page);
  await setEditorText(ctx.page, before.replace(find, replace));
  await expect.poll(() => visibleEditorText(ctx.page)).toContain(replace);
}

async function apply(ctx: Ctx, file: string) {
  await openTab(ctx, file);
  await ctx.page.getByTestId('apply-button').click();
  await expect(ctx.page.getByTestId('terminal-output')).toContainText(`kubectl apply -f ${file}`);
}

/** "+ New", paste the text, F2 to rename. */
async function newFile(ctx: Ctx, file: string, content: string) {
  const { page, lang } = ctx;
  await page.getByRole('button', { name: UI[lang]['editor.newFile'] }).click();
  await setEditorText(page, content);
  await page.getByRole('tab', { name: 'untitled.yaml' }).focus();
  await page.keyboard.press('F2');
  const rename = page.getByRole('textbox', {
    name: UI[lang]['editor.renameLabel'].replace('{name}', 'untitled.yaml'),
  });
  await rename.fill(file);
  await rename.press('Enter');
  await expect(page.getByRole('tab', { name: file })).toBeVisible();
}

/** Opens a canvas card's request menu and sends the option whose command matches. */
async function canvasSend({ page }: Ctx, opener: string, command: RegExp) {
  await page.getByTestId(opener).click();
  const menu = page.getByTestId('request-menu');
  await menu
    .getByTestId('request-option')
    .filter({ has: page.locator('.font-mono', { hasText: command }) })
    .first()
    .click();
  await expect(menu).toBeHidden();
}

/** The quiz asks while the packet waits: answer it (or let it show the answer), then play on. */
async function quiz({ panel }: Ctx, id: string, answer?: string) {
  const prompt = panel.getByTestId('quiz-prompt');
  await expect(prompt).toHaveAttribute('data-quiz', id);
  await expect(prompt).toHaveAttribute('data-phase', 'asking');
  if (answer) {
    await prompt.getByTestId('quiz-input').fill(answer);
    await prompt.getByTestId('quiz-submit').click();
    await expect(prompt.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'true');
  } else {
    await prompt.getByTestId('quiz-reveal').click();
    await expect(prompt.getByTestId('quiz-feedback')).toBeVisible();
  }
  await prompt.getByTestId('quiz-continue').click();
}

async function choose({ panel }: Ctx, question: string, choices: string[]) {
  const form = panel.getByTestId(`question-${question}`);
  for (const c of choices) await form.locator(`[data-choice="${c}"]`).check();
  await form.getByTestId('question-check').click();
}

async function answerValue({ panel }: Ctx, question: string, value: string) {
  const form = panel.getByTestId(`question-${question}`);
  await form.getByTestId('question-value').fill(value);
  await form.getByTestId('question-check').click();
}

async function expectTask({ panel }: Ctx, task: string) {
  await expect(panel.getByTestId('task-view')).toHaveAttribute('data-task', task);
}

/** Every goal of the task is green. */
async function expectSolved({ panel }: Ctx) {
  const goals = panel.getByTestId('goal');
  await expect(panel.getByTestId('goal-list')).toHaveAttribute('data-passed', 'true');
  for (const goal of await goals.all()) await expect(goal).toHaveAttribute('data-pass', 'true');
}

/** Next task; a task that starts over asks first. */
async function next(ctx: Ctx, task: string, startsOver = false) {
  await ctx.panel.getByTestId('next-task').click();
  if (startsOver) await ctx.page.getByTestId('start-dialog-confirm').click();
  await expectTask(ctx, task);
  // The new task's heading takes the focus (keyboard and screen-reader users land on it).
  await expect(ctx.panel.getByTestId('task-title')).toBeFocused();
}

const myAppPod = async ({ page }: Ctx) =>
  (await page
    .getByTestId('canvas-panel')
    .locator('[data-id^="pod:default/my-app-"]')
    .first()
    .getAttribute('data-id'))!.replace('pod:default/', '');

const EXAMPLE_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: example-service
spec:
  type: ExternalName
  externalName: example.com
  ports:
    - protocol: TCP
      port: 8080
      targetPort: 80
`;

const GREEN_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: green
spec:
  type: NodePort
  selector:
    app: green
  ports:
    - protocol: TCP
      port: 80
      targetPort: 80
      nodePort: 30082
`;

const SOLUTIONS: Record<string, (ctx: Ctx) => Promise<void>> = {
  async '01-why-services'(ctx) {
    await expectTask(ctx, 'pods-move');
    await run(ctx, 'kubectl get pods -o wide');
    await run(ctx, `kubectl delete pod ${await myAppPod(ctx)}`);
    await expectSolved(ctx);

    await next(ctx, 'stable-address');
    await edit(
      ctx,
      'my-app-service.yaml',
      'spec:\n  ports:',
      'spec:\n  selector:\n    app: my-app\n  ports:',
    );
    await apply(ctx, 'my-app-service.yaml');
    await run(ctx, 'kubectl exec netshoot -- curl -s my-app');
    await expectSolved(ctx);

    await next(ctx, 'address-stays');
    await run(ctx, `kubectl delete pod ${await myAppPod(ctx)}`);
    await run(ctx, 'kubectl get svc my-app');
    await canvasSend(ctx, 'open-pod-netshoot', /curl 10\.\d+\.\d+\.\d+:80$/);
    await expectSolved(ctx);
  },

  async '02-clusterip'(ctx) {
    await expectTask(ctx, 'service-cidr');
    await apply(ctx, 'clusterip-service.yaml');
    await expect(ctx.page.getByTestId('terminal-output')).toContainText(
      'failed to allocate IP 10.10.10.10: the provided network does not match the current range',
    );
    await edit(ctx, 'clusterip-service.yaml', 'clusterIP: 10.10.10.10', 'clusterIP: 10.96.0.100');
    await apply(ctx, 'clusterip-service.yaml');
    await expectSolved(ctx);

    await next(ctx, 'by-name-and-ip');
    await run(ctx, 'kubectl exec netshoot -- curl -s clusterip-service');
    await quiz(ctx, 'after-dns', '10.96.0.100:80');
    await quiz(ctx, 'after-dnat');
    await quiz(ctx, 'reply-from', '10.96.0.100:80');
    await run(ctx, 'kubectl exec netshoot -- nslookup clusterip-service');
    await canvasSend(ctx, 'open-pod-netshoot', /curl 10\.96\.0\.100:80$/);
    await expectSolved(ctx);

    await next(ctx, 'not-from-outside');
    await run(ctx, 'curl --max-time 5 10.96.0.100');
    await choose(ctx, 'why-timeout', ['only-inside']);
    await expectSolved(ctx);
  },

  async '03-nodeport'(ctx) {
    await expectTask(ctx, 'every-node');
    await apply(ctx, 'nodeport-service.yaml');
    await run(ctx, 'kubectl get svc nodeport-service');
    await run(ctx, 'curl -s node1:30001');
    await expectSolved(ctx);

    await next(ctx, 'second-hop');
    await run(ctx, 'kubectl get pods -o wide');
    await canvasSend(ctx, 'open-node-node3', /^curl 192\.168\.0\.13:30001/);
    await quiz(ctx, 'node3-dnat');
    await quiz(ctx, 'node3-snat', '192.168.0.13');
    // The second hop's latency, read off the inspector's row for it.
    const row = ctx.page
      .getByTestId('inspector-panel')
      .locator('tbody tr', { has: ctx.page.getByTestId('cross-node') })
      .first();
    const ms = (await row.locator('td').last().innerText()).trim();
    await answerValue(ctx, 'second-hop-ms', ms);
    await expectSolved(ctx);

    await next(ctx, 'local-policy');
    await edit(
      ctx,
      'nodeport-service.yaml',
      '  type: NodePort\n',
      '  type: NodePort\n  externalTrafficPolicy: Local\n',
    );
    await apply(ctx, 'nodeport-service.yaml');
    await run(ctx, 'curl -s node1:30001');
    await quiz(ctx, 'local-source', '203.0.113.10');
    await run(ctx, 'curl -s --max-time 3 node3:30001');
    await expectSolved(ctx);

    await next(ctx, 'port-range');
    await edit(ctx, 'nodeport-service.yaml', 'nodePort: 30001', 'nodePort: 40000');
    await apply(ctx, 'nodeport-service.yaml');
    await expect(ctx.page.getByTestId('terminal-output')).toContainText(
      'provided port is not in the valid range',
    );
    await edit(ctx, 'nodeport-service.yaml', 'nodePort: 40000', 'nodePort: 30080');
    await apply(ctx, 'nodeport-service.yaml');
    await run(ctx, 'curl -s node1:30080');
    await expectSolved(ctx);
  },

  async '04-loadbalancer'(ctx) {
    await expectTask(ctx, 'pending');
    await apply(ctx, 'lb-service.yaml');
    await run(ctx, 'kubectl get svc lb-service');
    await expect(ctx.page.getByTestId('terminal-output')).toContainText('<pending>');
    await canvasSend(ctx, 'open-node-node1', /^curl 192\.168\.0\.11:3\d+/);
    await choose(ctx, 'why-pending', ['no-implementation']);
    await expectSolved(ctx);

    await next(ctx, 'pool', true);
    await apply(ctx, 'lb-service.yaml');
    await run(ctx, 'kubectl get svc lb-service');
    await run(ctx, 'curl -s 192.168.0.180');
    await quiz(ctx, 'metallb-node');
    await quiz(ctx, 'metallb-dnat');
    await expectSolved(ctx);

    await next(ctx, 'cloud-path', true);
    await apply(ctx, 'lb-service.yaml');
    await run(ctx, 'kubectl get svc lb-service');
    const nodePort = /80:(\d+)\/TCP/.exec(await lastOutput(ctx))?.[1] ?? '';
    await canvasSend(ctx, 'open-client', /^curl 198\.51\.100\.\d+:80/);
    await quiz(ctx, 'cloud-lb');
    await quiz(ctx, 'cloud-dnat');
    await answerValue(ctx, 'lb-node-port', nodePort);
    await expectSolved(ctx);

    await next(ctx, 'health-check');
    await edit(
      ctx,
      'lb-service.yaml',
      '  type: LoadBalancer\n',
      '  type: LoadBalancer\n  externalTrafficPolicy: Local\n',
    );
    await apply(ctx, 'lb-service.yaml');
    await run(ctx, 'kubectl describe svc lb-service');
    await expect(ctx.page.getByTestId('terminal-output')).toContainText('HealthCheck NodePort:');
    await canvasSend(ctx, 'open-node-node1', /\/healthz/);
    await canvasSend(ctx, 'open-node-node3', /\/healthz/);
    await canvasSend(ctx, 'open-client', /^curl 198\.51\.100\.\d+:80/);
    await expectSolved(ctx);
  },

  async '05-externalname'(ctx) {
    await expectTask(ctx, 'cname');
    await apply(ctx, 'externalname-service.yaml');
    await run(ctx, 'kubectl exec netshoot -- dig externalname-service.default.svc.cluster.local');
    await expect(ctx.page.getByTestId('terminal-output')).toContainText('CNAME');
    await expectSolved(ctx);

    await next(ctx, 'host-header');
    await run(
      ctx,
      'kubectl exec netshoot -- curl -s externalname-service.default.svc.cluster.local',
    );
    await quiz(ctx, 'after-cname');
    await run(
      ctx,
      'kubectl exec netshoot -- curl -s -o /dev/null -w "%{http_code}\\n" -H "Host: www.google.com" externalname-service',
    );
    await choose(ctx, 'why-404', ['host-header']);
    await expectSolved(ctx);

    await next(ctx, 'no-port-mapping');
    await newFile(ctx, 'example-service.yaml', EXAMPLE_SERVICE);
    await apply(ctx, 'example-service.yaml');
    await run(ctx, 'kubectl exec netshoot -- curl -s --max-time 3 example-service:8080');
    await run(ctx, 'kubectl exec netshoot -- curl -s example-service:80');
    await expectSolved(ctx);
  },

  async '06-headless'(ctx) {
    await expectTask(ctx, 'no-vip');
    await apply(ctx, 'headless-service.yaml');
    await run(ctx, 'kubectl get svc headless-service');
    await run(ctx, 'kubectl exec netshoot -- dig headless-service.default.svc.cluster.local');
    await expectSolved(ctx);

    await next(ctx, 'client-picks');
    await run(ctx, 'kubectl exec netshoot -- curl -s headless-service');
    await quiz(ctx, 'headless-dns');
    await quiz(ctx, 'headless-deliver');
    await choose(ctx, 'who-picks', ['client']);
    await expectSolved(ctx);

    // No kubectl command fails a readiness probe: the solution's first step is the readiness toggle.
    await next(ctx, 'readiness');
    await ctx.panel.getByTestId('solution-button').click();
    await ctx.page.getByTestId('solution-dialog').getByRole('button').last().click();
    await ctx.panel.getByTestId('solution-run').click();
    await expect(ctx.panel.getByTestId('solution-step').first()).toHaveAttribute(
      'data-state',
      'done',
    );
    await run(ctx, 'kubectl get pods -o wide');
    await run(
      ctx,
      'kubectl exec netshoot -- dig +short headless-service.default.svc.cluster.local',
    );
    await expectSolved(ctx);
  },

  async '07-debugging'(ctx) {
    await expectTask(ctx, 'selector');
    await run(ctx, 'kubectl get endpointslices -l kubernetes.io/service-name=web');
    await run(ctx, 'kubectl get pods --show-labels');
    await expect(ctx.panel.getByTestId('goal-explanation').first()).toContainText('app=my-ap');
    await edit(ctx, 'web-service.yaml', 'app: my-ap\n', 'app: my-app\n');
    await apply(ctx, 'web-service.yaml');
    await run(ctx, 'kubectl exec netshoot -- curl -s web');
    await expectSolved(ctx);

    await next(ctx, 'target-port', true);
    await run(ctx, 'kubectl describe svc web');
    await edit(ctx, 'web-service.yaml', 'targetPort: 9090', 'targetPort: 8080');
    await apply(ctx, 'web-service.yaml');
    await run(ctx, 'kubectl exec netshoot -- curl -s web');
    await expectSolved(ctx);

    await next(ctx, 'named-port', true);
    await edit(ctx, 'web-service.yaml', 'targetPort: htp', 'targetPort: http');
    await apply(ctx, 'web-service.yaml');
    await run(ctx, 'kubectl exec netshoot -- curl -s web');
    await expectSolved(ctx);

    await next(ctx, 'not-ready', true);
    await run(ctx, 'kubectl get pods');
    await run(ctx, 'kubectl rollout restart deployment my-app');
    await run(ctx, 'kubectl exec netshoot -- curl -s web');
    await expectSolved(ctx);
  },

  async '08-service-or-ingress'(ctx) {
    await expectTask(ctx, 'layers');
    await choose(ctx, 'service-layer', ['ip-port']);
    await choose(ctx, 'ingress-layer', ['http']);
    await expectSolved(ctx);

    await next(ctx, 'service-per-app');
    await apply(ctx, 'blue-service.yaml');
    await newFile(ctx, 'green-service.yaml', GREEN_SERVICE);
    await apply(ctx, 'green-service.yaml');
    await run(ctx, 'curl -s node1:30081');
    await run(ctx, 'curl -s node1:30082');
    await expectSolved(ctx);

    await next(ctx, 'service-limits');
    await run(ctx, 'curl -s node1:30081/green');
    await choose(ctx, 'service-can', ['spread', 'port-map', 'client-address']);
    await expectSolved(ctx);
  },
};

for (const lang of ['en', 'ko'] as const) {
  test.describe(`solving every lesson (${lang})`, () => {
    test.use({ locale: lang === 'ko' ? 'ko-KR' : 'en-US' });
    test.describe.configure({ timeout: 120_000 });

    for (const lesson of lessons.filter((l) => !l.sandbox)) {
      test(`${lesson.id}`, async ({ page }) => {
        await page.goto('/?speed=instant');
        const panel = page.getByTestId('lesson-panel');
        const ctx: Ctx = { page, lang, panel };
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await panel.getByTestId(`lesson-start-${lesson.id}`).click();
        await page.getByTestId('start-dialog-confirm').click();
        await expect(panel.getByTestId('lesson-title')).toHaveText(text(lang, lesson.id).title);
        await waitForEditor(page);

        const solve = SOLUTIONS[lesson.id];
        if (!solve) throw new Error(`no solution for ${lesson.id}`);
        await solve(ctx);

        // Every task is recorded as done in the lesson list.
        await panel.getByTestId('back-to-list').click();
        const n = lesson.tasks.length;
        await expect(panel.getByTestId(`lesson-progress-${lesson.id}`)).toHaveText(
          UI[lang]['lessons.list.progress']
            .replace('{done}', String(n))
            .replace('{total}', String(n)),
        );
      });
    }
  });
}
