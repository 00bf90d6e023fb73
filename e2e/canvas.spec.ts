import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { setEditorText } from './monaco.ts';

/**
 * The cluster canvas, driven as a learner: apply manifests through the terminal or the editor,
 * click a node or a pod, pick a request, watch the packet. `?speed=instant` makes the playback
 * clock fast and the motion instant, so tests wait for states, not for animations.
 */

const NODEPORT_LOCAL = `apiVersion: v1
kind: Service
metadata:
  name: nodeport-service
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector:
    app: my-app
  ports:
    - protocol: TCP
      port: 80
      targetPort: 8080
      nodePort: 30001
`;

const canvas = (page: Page) => page.getByTestId('canvas-panel');
const packet = (page: Page) => canvas(page).getByTestId('packet');
const inspector = (page: Page) => page.getByTestId('inspector-panel');

async function run(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

/** Opens a card's request menu and picks the option whose command is `command`. */
async function send(page: Page, opener: Locator, command: string, ten = false) {
  await opener.click();
  const menu = page.getByRole('menu');
  const row = menu.locator('div', { has: page.getByText(command, { exact: true }) }).last();
  await row.getByTestId(ten ? 'request-option-10' : 'request-option').click();
  await expect(menu).toBeHidden();
}

const node3 = (page: Page) => page.getByTestId('open-node-node3');

test.beforeEach(async ({ page }) => {
  await page.goto('/?speed=instant');
  await expect(canvas(page).locator('[data-id="node:node3"]')).toBeVisible();
});

test('the canvas draws the cluster: nodes, pods, Services and a text summary', async ({ page }) => {
  for (const n of ['control-plane', 'node1', 'node2', 'node3'])
    await expect(canvas(page).locator(`[data-id="node:${n}"]`)).toContainText(n);
  await expect(canvas(page).locator('[data-id="pod:default/netshoot"]')).toContainText(
    '10.244.3.2',
  );
  await expect(canvas(page).locator('[data-id="svc:kube-system/kube-dns"]')).toContainText(
    '10.96.0.10',
  );
  await expect(canvas(page).getByRole('group', { name: 'Cluster canvas' })).toBeVisible();
  await expect(page.getByTestId('canvas-summary')).toContainText(
    'Node node3 (192.168.0.13): 2 pods.',
  );
  // kube-system pods are collapsed into one chip per node, and can be shown.
  await expect(canvas(page).locator('[data-id="sys:control-plane"]')).toContainText(
    'kube-system · 7 pods',
  );
  await canvas(page).getByRole('button', { name: 'Show kube-system pods' }).first().click();
  await expect(
    canvas(page).locator('[data-id="pod:kube-system/etcd-control-plane"]'),
  ).toBeVisible();
});

test('NodePort from node3: the packet crosses to another node, the inspector shows the second hop', async ({
  page,
}) => {
  await run(page, 'kubectl apply -f nodeport-service.yaml');
  await expect(canvas(page).locator('[data-id="svc:default/nodeport-service"]')).toContainText(
    ':30001',
  );
  await expect(canvas(page).locator('[data-id="node:node3"]')).toContainText(':30001');

  await send(page, node3(page), 'curl 192.168.0.13:30001');
  await expect(packet(page)).toHaveAttribute('data-state', 'delivered');
  await expect(packet(page)).toHaveAttribute('data-hop', '6');
  await expect(packet(page)).toContainText(/192\.168\.0\.13:30001 → 203\.0\.113\.10:\d+/);

  const crossing = inspector(page).getByTestId('cross-node').first();
  await expect(crossing).toBeVisible();
  await expect(crossing.locator('xpath=ancestor::tr')).toContainText('node3');
  await expect(inspector(page)).toContainText(/routed over the node network to node[12]/);

  // Stepping back replays the DNAT hop: its Service→endpoint link lights up, the label shows it.
  await page.getByTestId('canvas-playback').getByRole('button', { name: 'Previous hop' }).click();
  await page.getByTestId('canvas-playback').getByRole('button', { name: 'Previous hop' }).click();
  await page.getByTestId('canvas-playback').getByRole('button', { name: 'Previous hop' }).click();
  await page.getByTestId('canvas-playback').getByRole('button', { name: 'Previous hop' }).click();
  await expect(packet(page)).toHaveAttribute('data-hop', '2');
  await expect(packet(page)).toContainText(/203\.0\.113\.10:\d+ → 10\.244\.[12]\.2:8080/);
  await expect(
    canvas(page).locator('[data-id^="ep:default/nodeport-service>"] path[data-active]'),
  ).toHaveCount(1);
});

test('externalTrafficPolicy: Local — the packet is dropped on node3, which has no endpoint', async ({
  page,
}) => {
  await page.getByRole('tab', { name: 'nodeport-service.yaml', exact: true }).click();
  await setEditorText(page, NODEPORT_LOCAL);
  await page.getByTestId('apply-button').click();
  await expect(page.getByTestId('terminal-output')).toContainText(
    'service/nodeport-service created',
  );
  await expect(canvas(page).locator('[data-id="svc:default/nodeport-service"]')).toContainText(
    'externalTrafficPolicy: Local',
  );

  await send(page, node3(page), 'curl 192.168.0.13:30001');
  await expect(packet(page)).toHaveAttribute('data-state', 'dropped');
  await expect(packet(page)).toContainText('✕ dropped');
  await expect(inspector(page)).toContainText('node3 has no local endpoint');

  // node1 runs a my-app pod: delivered there, without a second hop.
  await send(page, page.getByTestId('open-node-node1'), 'curl 192.168.0.11:30001');
  await expect(packet(page)).toHaveAttribute('data-state', 'delivered');
  await expect(inspector(page).getByTestId('cross-node')).toHaveCount(0);
});

test('Send 10 spreads over both my-app pods; ClientIP affinity pins them to one', async ({
  page,
}) => {
  await run(page, 'kubectl apply -f nodeport-service.yaml');
  await send(page, node3(page), 'curl 192.168.0.13:30001', true);
  const hits = canvas(page).getByTestId('pod-hits');
  await expect(hits).toHaveCount(2);
  const counts = (await hits.allTextContents()).map(Number);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
  expect(Math.min(...counts)).toBeGreaterThan(0);

  await run(
    page,
    `kubectl patch svc nodeport-service -p '{"spec":{"sessionAffinity":"ClientIP"}}'`,
  );
  await expect(canvas(page).locator('[data-id="svc:default/nodeport-service"]')).toContainText(
    'sessionAffinity: ClientIP',
  );
  await send(page, node3(page), 'curl 192.168.0.13:30001', true);
  await expect(hits).toHaveCount(1);
  await expect(hits).toHaveText('10');
});

test('a pod curls a Service from inside; menus work from the keyboard', async ({ page }) => {
  const netshoot = page.getByTestId('open-pod-netshoot');
  await netshoot.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(netshoot).toBeFocused();

  await send(page, netshoot, 'kubectl exec netshoot -- curl kubernetes:443');
  await expect(packet(page)).toHaveAttribute('data-state', 'delivered');
  await expect(page.getByTestId('canvas-hop')).toContainText(
    'kubectl exec netshoot -- curl kubernetes:443',
  );
});

test('adding a Service moves nothing already drawn', async ({ page }) => {
  const boxes = async () =>
    canvas(page)
      .locator('.react-flow__node')
      .evaluateAll((els) =>
        Object.fromEntries(
          els
            .filter((e) => e.getAttribute('data-id') !== 'band')
            .map((e) => [e.getAttribute('data-id'), (e as HTMLElement).style.transform]),
        ),
      );
  const before = await boxes();
  await run(page, 'kubectl apply -f headless-service.yaml');
  await run(page, 'kubectl apply -f externalname-service.yaml');
  await expect(canvas(page).locator('[data-id="svc:default/externalname-service"]')).toContainText(
    'CNAME google.com',
  );
  await expect(canvas(page).locator('[data-id="svc:default/headless-service"]')).toHaveAttribute(
    'data-id',
    'svc:default/headless-service',
  );
  const after = await boxes();
  for (const [id, transform] of Object.entries(before)) expect(after[id], id).toBe(transform);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the packet steps from hop to hop without travelling', async ({ page }) => {
    await page.goto('/');
    await run(page, 'kubectl apply -f nodeport-service.yaml');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenStates: string[] }).seenStates = seen;
      new MutationObserver(() => {
        const p = document.querySelector<HTMLElement>('[data-testid="packet"]');
        if (p?.dataset.state) seen.push(p.dataset.state);
      }).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-state'],
      });
    });
    await page.getByTestId('canvas-playback').getByRole('combobox').selectOption('4');
    await send(page, node3(page), 'curl 192.168.0.13:30001');
    await expect(packet(page)).toHaveAttribute('data-state', 'delivered', { timeout: 15_000 });
    const seen = await page.evaluate(
      () => (window as unknown as { seenStates: string[] }).seenStates,
    );
    expect(seen).not.toContain('moving');
    expect(seen).toContain('at-hop');
  });
});

test('the graph is not re-rendered while the packet moves (only once per hop)', async ({
  page,
}) => {
  await page.goto('/');
  await run(page, 'kubectl apply -f nodeport-service.yaml');
  await page.getByTestId('canvas-playback').getByRole('combobox').selectOption('0.5');
  await page.evaluate(() => {
    const w = window as unknown as { graphMutations: number; frames: number };
    w.graphMutations = 0;
    w.frames = 0;
    const graph = document.querySelector('.react-flow__nodes');
    const edges = document.querySelector('.react-flow__edges');
    const count = () => (w.graphMutations += 1);
    for (const el of [graph, edges])
      if (el)
        new MutationObserver(count).observe(el, {
          subtree: true,
          attributes: true,
          childList: true,
          characterData: true,
        });
    const tick = () => {
      w.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await send(page, node3(page), 'curl 192.168.0.13:30001');
  await expect(packet(page)).toHaveAttribute('data-state', 'moving');
  await page.waitForTimeout(3000);
  const { graphMutations, frames } = await page.evaluate(() => {
    const w = window as unknown as { graphMutations: number; frames: number };
    return { graphMutations: w.graphMutations, frames: w.frames };
  });
  // ~2 hops in 3 s at 0.5×: a handful of highlight changes, far fewer than the ~180 frames.
  expect(frames).toBeGreaterThan(100);
  expect(graphMutations).toBeLessThan(frames / 4);
});

test('a curl typed in the terminal plays on the canvas too', async ({ page }) => {
  await run(page, 'kubectl apply -f headless-service.yaml');
  await run(page, 'kubectl exec netshoot -- curl -s headless-service');
  await expect(packet(page)).toHaveAttribute('data-state', 'delivered');
  await expect(page.getByTestId('canvas-hop')).toContainText('curl -s headless-service');
  // Headless: the DNS answer is the pods themselves (dotted fan-out links), no cluster IP.
  await expect(canvas(page).locator('[data-id="svc:default/headless-service"]')).toContainText(
    'no cluster IP',
  );
  // Selecting a hop in the inspector moves the packet there and lights what that hop used.
  await inspector(page).getByRole('button', { name: 'Show hop 1', exact: true }).click();
  await expect(packet(page)).toHaveAttribute('data-hop', '0');
  await expect(
    canvas(page).locator('[data-id^="dns:default/headless-service>"] path[data-active]'),
  ).toHaveCount(2);
});

test('a pod can be made to fail its readiness probe from the canvas, and back', async ({
  page,
}) => {
  const pod = page.locator('[data-testid^="open-pod-my-app-"]').first();
  await pod.click();
  await page.getByTestId('pod-readiness-toggle').click();
  await run(page, 'kubectl get pods -l app=my-app');
  await expect(page.getByTestId('terminal-panel')).toContainText(/my-app-\S+\s+0\/2\s+Running/);
  await pod.click();
  await expect(page.getByTestId('pod-readiness-toggle')).toContainText('Ready again');
  await page.getByTestId('pod-readiness-toggle').click();
  await run(page, 'clear');
  await run(page, 'kubectl get pods -l app=my-app');
  await expect(page.getByTestId('terminal-panel')).not.toContainText('0/2');
});
