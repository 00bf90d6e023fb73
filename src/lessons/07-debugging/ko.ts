import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const ko: LessonText = {
  title: '서비스 디버깅',
  summary: '고장 난 서비스 네 개, 방법은 하나. 엔드포인트부터, 그다음 포트, 그다음 readiness.',
  explanation: md(
    '서비스가 응답하지 않으면 서비스를 이루는 고리를 순서대로 따라가 보세요.',
    '1. **엔드포인트.** `kubectl get endpointslices -l kubernetes.io/service-name=이름` (또는 `kubectl describe svc 이름`). 엔드포인트가 없다면 셀렉터에 맞는 파드가 없거나, 파드가 Ready 가 아니거나, 이름으로 쓴 targetPort가 어느 파드에도 없는 경우입니다.\n2. **셀렉터와 레이블.** `kubectl get pods --show-labels`. 셀렉터의 `key=value` 가 모두 파드에 붙어 있어야 합니다.\n3. **포트.** 서비스는 `targetPort` 로 보냅니다. 파드 안에서 누군가 그 포트를 열고 있어야 합니다. 이름으로 쓴 targetPort는 컨테이너 포트의 `name` 과 같아야 합니다.\n4. **readiness.** Ready 인 파드만 트래픽을 받습니다. readiness probe가 실패하는 파드는 `kubectl get pods` 에 `0/2` 로 보입니다.',
    '모든 과제에서 netshoot은 `web` 서비스를 부르고, 목표는 같습니다. `kubectl exec netshoot -- curl -s web` 이 응답하면 됩니다. 과제마다 한 군데가 고장 난 새 클러스터에서 시작합니다.',
  ),
  tasks: {
    selector: {
      title: '셀렉터에 맞는 파드가 없다',
      text: md('`web` 에 엔드포인트가 없습니다. 원인을 찾아 `web-service.yaml` 을 고치세요.'),
      hints: [
        '`kubectl get endpointslices -l kubernetes.io/service-name=web` 에 엔드포인트가 없습니다.',
        '`kubectl describe svc web` 의 Selector와 `kubectl get pods --show-labels` 를 비교해 보세요.',
        '셀렉터는 `app: my-ap` 인데 파드 레이블은 `app=my-app` 입니다.',
      ],
    },
    'target-port': {
      title: 'targetPort를 여는 곳이 없다',
      text: md(
        '`web` 에 엔드포인트는 있는데 연결이 모두 거부됩니다. 원인을 찾아 `web-service.yaml` 을 고치세요.',
      ),
      hints: [
        '엔드포인트에 파드가 9090 포트로 보입니다. 서비스의 targetPort입니다.',
        'my-app 컨테이너는 몇 번 포트를 열까요? `kubectl get pods -l app=my-app -o jsonpath="{.items[0].spec.containers[*].ports}"`',
        '80과 8080을 엽니다. `targetPort: 8080`(또는 80)으로 바꾸세요.',
      ],
    },
    'named-port': {
      title: '이름으로 쓴 targetPort에 오타',
      text: md(
        '`web` 은 targetPort를 이름으로 쓰는데, 준비된 엔드포인트가 없습니다. 원인을 찾아 `web-service.yaml` 을 고치세요.',
      ),
      hints: [
        '`kubectl describe svc web` 에 `TargetPort: htp/TCP` 가 보입니다.',
        '이름은 파드의 컨테이너 포트 `name` 과 같아야 합니다. `kubectl get pods -l app=my-app -o jsonpath="{.items[0].spec.containers[*].ports}"` 로 확인하세요.',
        '포트 이름은 `http`, `http-alt` 입니다. `targetPort: http` 로 바꾸세요.',
      ],
    },
    'not-ready': {
      title: '파드가 Ready 가 아니다',
      text: md(
        '`web` 은 멀쩡해 보이는데 연결이 거부됩니다. my-app 파드는 떠 있지만 둘 다 readiness probe가 실패하고 있습니다. 앱이 멈춰 버렸다고 해 봅시다. 서비스는 건드리지 말고 파드를 다시 Ready 로 만드세요.',
      ),
      hints: [
        '`kubectl get pods` 에서 my-app 파드 둘 다 READY가 0/2 입니다.',
        '`kubectl describe svc web` 에는 엔드포인트가 없고, `kubectl describe endpoints web` 에는 파드가 NotReadyAddresses 에 있습니다.',
        '재시작하세요: `kubectl rollout restart deployment my-app` (또는 파드를 지우면 디플로이먼트가 새로 띄웁니다).',
      ],
      real: '실제 클러스터에서는 먼저 `kubectl describe pod` 를 보세요. Events에 readiness probe가 왜 실패하는지 나옵니다. 재시작은 앱이 멈췄을 때나 도움이 되고, probe 설정 자체가 틀렸다면 소용없습니다.',
    },
  },
  quiz: {},
  questions: {},
};
