/**
 * The files the editor starts with: the article's five Service manifests, one per tab, and a blank
 * scratch file. The article's `#1`-style callout comments are left out; the manifests are otherwise
 * as printed, including `clusterIP: 10.10.10.10`, which the default cluster (service CIDR
 * 10.96.0.0/12) rejects with the real API-server error — a lesson in itself.
 */
import type { EditorFile } from './types.ts';

export const CLUSTERIP_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: clusterip-service
spec:
  type: ClusterIP
  clusterIP: 10.10.10.10
  selector:
    app: my-app
  ports:
    - protocol: TCP
      port: 80
      targetPort: 8080
`;

export const NODEPORT_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: nodeport-service
spec:
  type: NodePort
  selector:
    app: my-app
  ports:
    - protocol: TCP
      port: 80
      targetPort: 8080
      nodePort: 30001
`;

export const LB_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: lb-service
spec:
  type: LoadBalancer
  selector:
    app: my-app
  ports:
    - protocol: TCP
      port: 80
      targetPort: 80
`;

export const EXTERNALNAME_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: externalname-service
spec:
  type: ExternalName
  externalName: google.com
`;

export const HEADLESS_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: headless-service
spec:
  type: ClusterIP
  clusterIP: None
  selector:
    app: my-app
  ports:
    - protocol: TCP
      port: 80
      targetPort: 80
`;

export const SCRATCH_FILE = 'scratch.yaml';

/** The workspace a first visit (and "Restore example files") starts from, in tab order. */
export const EXAMPLE_FILES: readonly EditorFile[] = [
  { path: 'clusterip-service.yaml', content: CLUSTERIP_SERVICE },
  { path: 'nodeport-service.yaml', content: NODEPORT_SERVICE },
  { path: 'lb-service.yaml', content: LB_SERVICE },
  { path: 'externalname-service.yaml', content: EXTERNALNAME_SERVICE },
  { path: 'headless-service.yaml', content: HEADLESS_SERVICE },
  { path: SCRATCH_FILE, content: '' },
];
