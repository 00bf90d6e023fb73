/**
 * Manifests the lessons start from. The article's five Services are as printed there (without
 * its `#1` callouts), including `clusterIP: 10.10.10.10`, which a kubeadm cluster's default
 * service range 10.96.0.0/12 rejects — lesson 2 starts from that error.
 */
import * as ARTICLE from '../sim/core.ts';
import { DEFAULT_MANIFESTS, withoutCallouts } from '../sim/core.ts';

export { DEFAULT_MANIFESTS };

export const CLUSTERIP_SERVICE = withoutCallouts(ARTICLE.CLUSTERIP_SERVICE);

export const NODEPORT_SERVICE = withoutCallouts(ARTICLE.NODEPORT_SERVICE);

export const LB_SERVICE = withoutCallouts(ARTICLE.LB_SERVICE);

export const EXTERNALNAME_SERVICE = withoutCallouts(ARTICLE.EXTERNALNAME_SERVICE);

export const HEADLESS_SERVICE = withoutCallouts(ARTICLE.HEADLESS_SERVICE);

/** The article's manifests as editor files, in its order. */
export const ARTICLE_FILES = [
  { path: 'clusterip-service.yaml', content: CLUSTERIP_SERVICE },
  { path: 'nodeport-service.yaml', content: NODEPORT_SERVICE },
  { path: 'lb-service.yaml', content: LB_SERVICE },
  { path: 'externalname-service.yaml', content: EXTERNALNAME_SERVICE },
  { path: 'headless-service.yaml', content: HEADLESS_SERVICE },
] as const;

/** A Service named `web` for my-app with one field changed (the debugging lesson's broken states). */
export const webService = (opts: { selector?: string; targetPort?: string | number } = {}) =>
  `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: ${opts.selector ?? 'my-app'}
  ports:
    - protocol: TCP
      port: 80
      targetPort: ${opts.targetPort ?? 8080}
`;

/** Two small apps for the Service-or-Ingress lesson: blue and green, one pod each. */
const colourDeployment = (name: string, node: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      nodeSelector:
        kubernetes.io/hostname: ${node}
      containers:
        - name: web
          image: traefik/whoami:v1.10
          args: ["--port", "80"]
          ports:
            - name: http
              containerPort: 80
`;

export const BLUE_GREEN = `${colourDeployment('blue', 'node1')}---\n${colourDeployment('green', 'node2')}`;
