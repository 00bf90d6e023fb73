import { describe, expect, it } from 'vitest';
import { EXPLAIN_EN, createCluster, type ExplainId } from '../sim/index.ts';
import { HOPS_KO } from './hops.ko.ts';
import { explainHop } from './index.ts';

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('hop explanations in Korean', () => {
  it.each(Object.keys(EXPLAIN_EN) as ExplainId[])('%s keeps every placeholder', (id) => {
    expect(placeholders(HOPS_KO[id])).toEqual(placeholders(EXPLAIN_EN[id]));
  });

  it('renders a real trace in both languages', () => {
    const c = createCluster({ seed: 1, now: () => 0 });
    c.apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: np\nspec:\n  type: NodePort\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n    nodePort: 30001\n',
    );
    const hop = c
      .send({ from: 'client', to: '192.168.0.13:30001' })
      .hops.find((h) => h.action === 'forward');
    expect(hop && explainHop(hop, 'en')).toMatch(
      /^the chosen pod runs on node[12]: routed over the node network to node[12] \(192\.168\.0\.1[12]\) — this extra hop is the NodePort "second hop"$/,
    );
    expect(hop && explainHop(hop, 'ko')).toMatch(
      /^선택된 파드가 node[12] 에서 실행 중입니다: 노드 네트워크를 통해 node[12] \(192\.168\.0\.1[12]\) 로 라우팅됩니다 — 이 추가 구간이 NodePort의 "second hop"입니다$/,
    );
  });

  it('falls back to the English text for traces saved without `why`', () => {
    expect(explainHop({ explain: 'old text' }, 'ko')).toBe('old text');
  });
});
