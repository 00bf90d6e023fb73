import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const ko: LessonText = {
  title: '샌드박스',
  summary: '자유 실습. 과제도 목표도 없습니다.',
  explanation: md(
    'kubeadm 스타일 클러스터에 `my-app` 디플로이먼트(node1, node2에 파드 2개)와 node3의 `netshoot` 파드가 떠 있고, 에디터에는 글에 나온 서비스 매니페스트 다섯 개가 열려 있습니다.',
    '무엇이든 적용해 보고, 터미널에서 kubectl, curl, dig를 실행하고, 캔버스에서 노드나 파드나 클라이언트를 클릭해 요청을 보내고 홉 단위로 따라가 보세요.',
  ),
  tasks: {},
  quiz: {},
  questions: {},
};
