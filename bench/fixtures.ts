/** A large cluster for benchmarks: 100 nodes, N Deployments × R replicas, one Service per Deployment. */
import type { ClusterOptions } from '../src/sim/index.ts';

export function bigClusterOptions(nodes = 100): ClusterOptions {
  return {
    seed: 7,
    now: () => Date.UTC(2026, 0, 1),
    manifests: '',
    nodes: Array.from({ length: nodes }, (_, i) => ({
      name: i === 0 ? 'control-plane' : `node${i}`,
      ip: `192.168.${Math.floor((i + 10) / 250)}.${((i + 10) % 250) + 1}`,
      podCIDR: `10.244.${i}.0/24`,
      ...(i === 0 ? { controlPlane: true } : {}),
    })),
  };
}

export function serviceYaml(i: number, type = i % 3 === 0 ? 'NodePort' : 'ClusterIP'): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
  labels:
    app: app-${i}
spec:
  type: ${type}
  selector:
    app: app-${i}
  ports:
    - name: http
      protocol: TCP
      port: 80
      targetPort: 8080
`;
}

export function deploymentYaml(i: number, replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      containers:
        - name: web
          image: traefik/whoami:v1.10
          args: ["--port", "8080"]
          ports:
            - containerPort: 8080
`;
}

export function bigManifest(services: number, replicas: number): string {
  const docs: string[] = [];
  for (let i = 0; i < services; i++) docs.push(deploymentYaml(i, replicas), serviceYaml(i));
  return docs.join('---\n');
}
