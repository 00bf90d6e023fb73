import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const en: LessonText = {
  title: 'Sandbox',
  summary: 'Free play: no tasks, no goals.',
  explanation: md(
    'A kubeadm-style cluster with the Deployment `my-app` (two pods on node1 and node2) and the pod `netshoot` on node3, and the article’s five Service manifests in the editor.',
    'Apply anything, run kubectl, curl and dig in the terminal, and click a node, a pod or the client on the canvas to send a request and follow it hop by hop.',
  ),
  tasks: {},
  quiz: {},
  questions: {},
};
