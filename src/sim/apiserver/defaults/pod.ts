/**
 * Pod defaulting (k8s pkg/apis/core/v1/defaults.go v1.33: SetDefaults_Pod, SetDefaults_PodSpec,
 * SetDefaults_Container, SetDefaults_ContainerPort, SetDefaults_Probe, SetDefaults_HTTPGetAction,
 * SetDefaults_Volume, SetDefaults_ObjectFieldSelector) plus what the default admission plugins add
 * to a bare Pod (ServiceAccount: serviceAccountName `default`; Priority: priority 0 and
 * preemptionPolicy PreemptLowerPriority; DefaultTolerationSeconds: the not-ready/unreachable
 * tolerations). The ServiceAccount plugin's `kube-api-access-*` projected volume is not added.
 */
import type { JsonObject } from '../json.ts';
import { isJsonObject } from '../json.ts';
import type { ContainerW, PodSpecW, PodW, ProbeW } from '../wire.ts';

/** parsers.ParseImageName: the tag, `latest` when neither tag nor digest is given. */
export function imageTag(image: string): string {
  if (image.includes('@')) {
    const beforeDigest = image.slice(0, image.indexOf('@'));
    const m = /:([^/:]+)$/.exec(beforeDigest);
    return m?.[1] ?? '';
  }
  const m = /:([^/:]+)$/.exec(image);
  return m?.[1] ?? 'latest';
}

function defaultProbe(p: ProbeW | undefined): void {
  if (!p) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (p.httpGet) {
    if (!p.httpGet.path) p.httpGet.path = '/';
    if (!p.httpGet.scheme) p.httpGet.scheme = 'HTTP';
  }
}

function defaultContainer(c: ContainerW): void {
  if (!c.imagePullPolicy)
    c.imagePullPolicy = imageTag(c.image ?? '') === 'latest' ? 'Always' : 'IfNotPresent';
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  c.resources ??= {};
  for (const p of c.ports ?? []) if (!p.protocol) p.protocol = 'TCP';
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  for (const e of c.env ?? []) {
    const from = e.valueFrom;
    if (
      isJsonObject(from) &&
      isJsonObject(from['fieldRef']) &&
      from['fieldRef']['apiVersion'] === undefined
    )
      from['fieldRef']['apiVersion'] = 'v1';
  }
}

const VOLUME_MODE_SOURCES = ['configMap', 'secret', 'projected', 'downwardAPI'];

/** SetDefaults_PodSpec + containers/volumes (applies to Pods and pod templates). */
export function setDefaultsPodSpec(spec: PodSpecW): void {
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) {
    const vol: JsonObject = v;
    const sources = Object.keys(vol).filter((k) => k !== 'name');
    if (sources.length === 0) vol['emptyDir'] = {};
    for (const s of VOLUME_MODE_SOURCES) {
      const src = vol[s];
      if (isJsonObject(src) && src['defaultMode'] === undefined) src['defaultMode'] = 420;
    }
  }
}

function requestsFromLimits(c: ContainerW): void {
  const limits = c.resources?.limits;
  if (!limits || !c.resources) return;
  const req = (c.resources.requests ??= {});
  for (const [k, v] of Object.entries(limits)) if (req[k] === undefined) req[k] = v;
}

const DEFAULT_TOLERATIONS = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/**
 * SetDefaults_Pod + SetDefaults_PodSpec; with `admission` also what the default admission plugins
 * add on create (service account, priority, default tolerations).
 */
export function setDefaultsPod(pod: PodW, admission = false): PodW {
  const spec = (pod.spec ??= {});
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])])
    requestsFromLimits(c);
  if (spec.enableServiceLinks === undefined) spec.enableServiceLinks = true;
  if (spec.hostNetwork)
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])])
      for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
  setDefaultsPodSpec(spec);
  if (!admission) return pod;
  if (!spec.serviceAccountName) spec.serviceAccountName = spec.serviceAccount || 'default';
  spec.serviceAccount = spec.serviceAccountName;
  if (spec.priorityClassName === undefined && spec.priority === undefined) spec.priority = 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  const tolerations = (spec.tolerations ??= []);
  for (const key of DEFAULT_TOLERATIONS)
    if (!tolerations.some((t) => t.key === key && t.effect === 'NoExecute'))
      tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  return pod;
}
