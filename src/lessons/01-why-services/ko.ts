import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const ko: LessonText = {
  title: '왜 서비스가 필요할까',
  summary: '파드는 옮겨 다니고 IP도 바뀝니다. 서비스는 그 앞에 바뀌지 않는 주소 하나를 줍니다.',
  explanation: md(
    '디플로이먼트는 파드 개수를 맞춰 줄 뿐, *같은* 파드를 계속 살려 두지는 않습니다. 파드가 지워지거나 노드에 문제가 생기면 레플리카셋이 새 파드를 띄우는데, 이름이 새로 붙고, 다른 노드에서 뜰 수도 있고, IP도 바뀝니다.',
    '그래서 파드 IP로 직접 통신하면 파드가 바뀔 때마다 깨집니다. 이걸 해결하는 게 **서비스**입니다. 서비스는 레이블(여기서는 `app=my-app`)로 파드를 고르고, 고정 주소(클러스터 IP와 DNS 이름)를 하나 줍니다. 그 뒤에 있는 파드 목록(엔드포인트슬라이스)은 쿠버네티스가 알아서 최신으로 유지합니다.',
    '이 클러스터에는 `my-app` 디플로이먼트(node1, node2에 파드 2개. 80, 8080 포트에서 자기 이름과 자기가 본 클라이언트 주소를 응답)와 node3에 디버깅용 `netshoot` 파드가 떠 있습니다.',
  ),
  tasks: {
    'pods-move': {
      title: '파드를 지우고 다시 뜨는 것 보기',
      text: md(
        '파드 목록을 IP와 함께 보고(`kubectl get pods -o wide`), `my-app` 파드 하나를 지운 다음 목록을 다시 보세요.',
        '디플로이먼트가 바로 새 파드를 띄우지만, 새 파드는 이름도 IP도 다릅니다.',
      ),
      hints: [
        '`kubectl get pods -o wide` 로 파드마다 IP와 노드를 볼 수 있습니다.',
        '파드는 이름으로 지웁니다: `kubectl delete pod my-app-…` (목록에서 이름을 복사하세요).',
        '두 목록을 비교해 보세요. 새로 뜬 파드는 이름도 IP도 새것입니다.',
      ],
      real: '실제 클러스터에서는 새 파드가 Ready 가 되기까지 몇 초 걸릴 수 있습니다. 여기서는 바로 뜹니다.',
    },
    'stable-address': {
      title: '파드 앞에 서비스 두기',
      text: md(
        '`my-app-service.yaml` 에는 `my-app` 이라는 서비스가 있지만 `selector` 가 없어서 어떤 파드가 자기 것인지 모릅니다.',
        'my-app 파드를 고르는 셀렉터를 넣고 파일을 적용한 다음, netshoot에서 서비스 이름으로 파드에 접근해 보세요: `kubectl exec netshoot -- curl -s my-app`.',
      ),
      hints: [
        '`kubectl get pods --show-labels` 로 셀렉터에 쓸 수 있는 레이블을 볼 수 있습니다.',
        '`spec:` 아래에 다음을 넣으세요:\n```yaml\n  selector:\n    app: my-app\n```',
        '파일을 적용하고(Apply 버튼 또는 `kubectl apply -f my-app-service.yaml`) `kubectl exec netshoot -- curl -s my-app` 을 실행하세요.',
      ],
    },
    'address-stays': {
      title: '파드는 바뀌어도 주소는 그대로',
      text: md(
        'my-app 파드를 하나 더 지우세요. 그다음 netshoot에서 서비스의 클러스터 IP로 요청을 보내세요. 클러스터 IP는 `kubectl get svc my-app` 으로 볼 수 있고, 캔버스에서 netshoot을 클릭하거나 `kubectl exec netshoot -- curl -s <클러스터 IP>` 를 실행하면 됩니다.',
        '파드 IP는 바뀌었지만 서비스 주소는 그대로이고, 서비스는 여전히 파드를 찾아갑니다.',
      ),
      hints: [
        '지우기 전후로 `kubectl get pods -o wide` 를 보면 파드 하나가 새것입니다.',
        '`kubectl get svc my-app` 의 CLUSTER-IP는 지우기 전과 같습니다.',
        'netshoot에서 그 주소로 보내세요: `kubectl exec netshoot -- curl -s 10.x.y.z`.',
      ],
    },
  },
  quiz: {},
  questions: {},
};
