/**
 * Container statuses and the READY / STATUS / RESTARTS cells of a pod (printers.go printPod).
 *
 * The shared Pod type carries no `status.containerStatuses`; when the object has them (an optional
 * extension) they are used, otherwise they are derived the way the kubelet would report them from
 * the phase and conditions: Running -> state running (ready = the Ready condition), Pending on a
 * node -> waiting `ContainerCreating`, Succeeded -> terminated `Completed`, Failed -> `Error`.
 */

import type { Container, Pod } from '../../model/types.ts';
import { translateTimestampSince } from './duration.ts';
import { fakeHex } from './format.ts';

export interface ContainerState {
  running?: { startedAt: string };
  waiting?: { reason?: string; message?: string };
  terminated?: {
    exitCode: number;
    reason?: string;
    message?: string;
    signal?: number;
    startedAt?: string;
    finishedAt?: string;
  };
}

export interface ContainerStatus {
  name: string;
  ready: boolean;
  restartCount: number;
  image: string;
  imageID: string;
  containerID?: string;
  started?: boolean;
  state: ContainerState;
  lastState?: ContainerState;
}

/** Fields a richer Pod object may carry beyond the shared type. */
export interface PodExtensions {
  spec: {
    serviceAccountName?: string;
    priority?: number;
    priorityClassName?: string;
    readinessGates?: { conditionType: string }[];
    volumes?: unknown[];
  };
  status: {
    containerStatuses?: ContainerStatus[];
    nominatedNodeName?: string;
    reason?: string;
    message?: string;
  };
}

export type RichPod = Pod & {
  spec: Partial<PodExtensions['spec']>;
  status: Partial<PodExtensions['status']>;
};

export const rich = (pod: Pod): RichPod => pod as RichPod;

const conditionTime = (pod: Pod, type: string): string | undefined =>
  pod.status.conditions.find((c) => c.type === type)?.lastTransitionTime;

export const isPodReady = (pod: Pod): boolean =>
  pod.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');

/** What a container image reference resolves to in containerd's image store (`docker.io/library/nginx`). */
export function imageRepository(image: string): string {
  let ref = image.split('@')[0] as string;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) ref = ref.slice(0, colon);
  const first = ref.split('/')[0] as string;
  const hasRegistry =
    ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry) return ref;
  return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}

/** Full image name as the CRI reports it (`docker.io/library/nginx:latest`). */
export function imageName(image: string): string {
  const repo = imageRepository(image);
  const digest = image.includes('@');
  const last = image.slice(image.lastIndexOf('/') + 1);
  if (digest) return `${repo}@${image.split('@')[1] ?? ''}`;
  const tag = last.includes(':') ? last.slice(last.indexOf(':') + 1) : 'latest';
  return `${repo}:${tag}`;
}

function derivedStatus(pod: Pod, c: Container): ContainerStatus | undefined {
  const phase = pod.status.phase;
  if (!pod.spec.nodeName) return undefined;
  const started =
    conditionTime(pod, 'ContainersReady') ?? pod.status.startTime ?? pod.metadata.creationTimestamp;
  const base = {
    name: c.name,
    restartCount: 0,
    image: imageName(c.image),
    imageID: `${imageRepository(c.image)}@sha256:${fakeHex(`image:${c.image}`, 64)}`,
  };
  const containerID = `containerd://${fakeHex(`${pod.metadata.uid}/${c.name}`, 64)}`;
  switch (phase) {
    case 'Running':
      return {
        ...base,
        containerID,
        ready: isPodReady(pod),
        started: true,
        state: { running: { startedAt: started } },
      };
    case 'Succeeded':
    case 'Failed':
      return {
        ...base,
        containerID,
        ready: false,
        started: false,
        state: {
          terminated: {
            exitCode: phase === 'Succeeded' ? 0 : 1,
            reason: phase === 'Succeeded' ? 'Completed' : 'Error',
            startedAt: started,
            finishedAt: started,
          },
        },
      };
    default:
      return {
        ...base,
        imageID: '',
        ready: false,
        started: false,
        state: { waiting: { reason: 'ContainerCreating' } },
      };
  }
}

/** The pod's container statuses: the object's own when present, else derived. */
export function containerStatuses(pod: Pod): ContainerStatus[] {
  const own = rich(pod).status.containerStatuses;
  if (own) return own;
  return pod.spec.containers
    .map((c) => derivedStatus(pod, c))
    .filter((s): s is ContainerStatus => s !== undefined);
}

export interface PodRow {
  ready: string;
  status: string;
  restarts: string;
}

/** printPod's READY, STATUS and RESTARTS (init containers are not modelled). */
export function podRow(pod: Pod, now: number): PodRow {
  const statuses = containerStatuses(pod);
  const total = pod.spec.containers.length;
  let reason: string = rich(pod).status.reason || pod.status.phase;
  let readyContainers = 0;
  let restarts = 0;
  let lastRestart: string | undefined;
  let hasRunning = false;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i] as ContainerStatus;
    restarts += c.restartCount;
    const lastFinished = c.lastState?.terminated?.finishedAt;
    if (lastFinished && (!lastRestart || lastFinished > lastRestart)) lastRestart = lastFinished;
    const t = c.state.terminated;
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (t?.reason) reason = t.reason;
    else if (t) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode}`;
    else if (c.ready && c.state.running) {
      hasRunning = true;
      readyContainers++;
    }
  }
  if (reason === 'Completed' && hasRunning) reason = isPodReady(pod) ? 'Running' : 'NotReady';
  const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
  if (pod.metadata.deletionTimestamp && rich(pod).status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && !terminal) reason = 'Terminating';
  const restartsStr =
    restarts !== 0 && lastRestart
      ? `${restarts} (${translateTimestampSince(lastRestart, now)} ago)`
      : String(restarts);
  return { ready: `${readyContainers}/${total}`, status: reason, restarts: restartsStr };
}
