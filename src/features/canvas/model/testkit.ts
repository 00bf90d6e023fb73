import {
  initialState,
  reduce,
  step,
  type ClusterOptions,
  type SendRequest,
  type SimState,
  type Trace,
} from '../../../sim/index.ts';

/** Test helpers: simulator states and traces with a fixed clock. */
export const T0 = Date.UTC(2026, 0, 1);

export function stateWith(yamls: readonly string[], options: ClusterOptions = {}): SimState {
  let s = initialState({ seed: 1, now: () => T0, ...options });
  yamls.forEach((text, i) => {
    s = reduce(s, { type: 'manifests/applied', text, at: T0 + (i + 1) * 1000 });
  });
  return s;
}

export function send(state: SimState, request: SendRequest): { state: SimState; trace: Trace } {
  const r = step(state, { type: 'request/sent', request, at: state.now + 1000 });
  return { state: r.state, trace: r.result };
}

export function serviceYaml(
  name: string,
  spec: { type?: string; extra?: string; nodePort?: number; selector?: string } = {},
): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  type: ${spec.type ?? 'ClusterIP'}
${spec.extra ?? ''}  selector:
    app: ${spec.selector ?? 'my-app'}
  ports:
    - port: 80
      targetPort: 80
${spec.nodePort ? `      nodePort: ${spec.nodePort}\n` : ''}`;
}

export const NODEPORT = serviceYaml('my-app', { type: 'NodePort', nodePort: 30001 });
export const NODEPORT_LOCAL = serviceYaml('my-app', {
  type: 'NodePort',
  nodePort: 30001,
  extra: '  externalTrafficPolicy: Local\n',
});
export const HEADLESS = serviceYaml('my-app-headless', { extra: '  clusterIP: None\n' });
export const EXTERNAL_NAME = `apiVersion: v1
kind: Service
metadata:
  name: search
spec:
  type: ExternalName
  externalName: google.com
`;

export function deploymentYaml(name: string, replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: web
          image: traefik/whoami:v1.10
          ports:
            - containerPort: 80
`;
}
