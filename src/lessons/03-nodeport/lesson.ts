/** Lesson 3: NodePort — every node opens the port; the second hop; externalTrafficPolicy: Local. */
import {
  dropsOn,
  learnerSent,
  podSeesClientAddress,
  requestReaches,
  serviceExists,
} from '../checks/index.ts';
import { defineLesson } from '../define.ts';
import { NODEPORT_SERVICE } from '../manifests.ts';
import type { LessonDef, RequestSpec, ServiceQuery, Target } from '../types.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const MY_APP = { app: 'my-app' };
const SERVICE: ServiceQuery = { type: 'NodePort', selects: MY_APP };
const FILE = 'nodeport-service.yaml';
const nodePort = (node: string): Target => ({ service: SERVICE, via: 'nodePort', node });
const TO_NODE3: RequestSpec = { from: 'client', to: nodePort('node3') };

const reach = (node: string) =>
  requestReaches({ id: `reach-${node}`, from: 'client', to: nodePort(node), podLabels: MY_APP });

const def: LessonDef = {
  id: '03-nodeport',
  start: { files: [{ path: FILE, content: NODEPORT_SERVICE }] },
  tasks: [
    {
      id: 'every-node',
      goals: [
        reach('node1'),
        reach('node2'),
        reach('node3'),
        learnerSent({ from: 'client', to: nodePort('*'), outcome: 'delivered' }),
      ],
      solution: [
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'kubectl get svc nodeport-service' },
        { kind: 'command', line: 'curl -s node1:30001' },
        { kind: 'command', line: 'curl -s node2:30001' },
      ],
      real: [
        'kubectl apply -f nodeport-service.yaml',
        'kubectl get svc nodeport-service',
        'curl http://<node-ip>:30001',
      ],
    },
    {
      id: 'second-hop',
      goals: [
        learnerSent({
          from: 'client',
          to: nodePort('node3'),
          outcome: 'delivered',
          crossNode: true,
        }),
        { question: 'second-hop-ms' },
      ],
      solution: [
        { kind: 'command', line: 'kubectl get pods -o wide' },
        { kind: 'send', request: TO_NODE3 },
        { kind: 'answer', question: 'second-hop-ms' },
      ],
      real: ['kubectl get pods -o wide', 'curl http://<node3-ip>:30001'],
    },
    {
      id: 'local-policy',
      goals: [
        serviceExists({ ...SERVICE, externalTrafficPolicy: 'Local' }),
        podSeesClientAddress({ to: nodePort('node1') }),
        dropsOn('node3', nodePort('node3')),
      ],
      solution: [
        {
          kind: 'replace',
          file: FILE,
          find: '  type: NodePort\n',
          replace: '  type: NodePort\n  externalTrafficPolicy: Local\n',
        },
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'curl -s node1:30001' },
        { kind: 'command', line: 'curl -s --max-time 3 node3:30001' },
      ],
      real: [
        'kubectl patch svc nodeport-service -p \'{"spec":{"externalTrafficPolicy":"Local"}}\'',
        'curl http://<node1-ip>:30001',
        'curl --max-time 3 http://<node3-ip>:30001',
      ],
    },
    {
      id: 'port-range',
      goals: [
        serviceExists({ ...SERVICE, nodePortChosen: true, nodePortNot: 30001 }),
        reach('node1'),
      ],
      solution: [
        { kind: 'replace', file: FILE, find: 'nodePort: 30001', replace: 'nodePort: 40000' },
        { kind: 'apply', file: FILE },
        { kind: 'replace', file: FILE, find: 'nodePort: 40000', replace: 'nodePort: 30080' },
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'curl -s node1:30080' },
      ],
      real: ['kubectl apply -f nodeport-service.yaml', 'kubectl get svc nodeport-service'],
    },
  ],
  questions: [
    {
      id: 'second-hop-ms',
      kind: 'value',
      request: TO_NODE3,
      hop: { action: 'forward', crossNode: true },
      field: 'latencyMs',
    },
  ],
  quiz: [
    {
      id: 'node3-dnat',
      task: 'second-hop',
      request: TO_NODE3,
      hop: { action: 'dnat' },
      field: 'dst',
    },
    {
      id: 'node3-snat',
      task: 'second-hop',
      request: TO_NODE3,
      hop: { action: 'snat' },
      field: 'srcIP',
    },
    {
      id: 'local-source',
      task: 'local-policy',
      request: { from: 'client', to: nodePort('node1') },
      hop: { action: 'deliver' },
      field: 'srcIP',
    },
  ],
};

export const lesson = defineLesson(def, { en, ko });
