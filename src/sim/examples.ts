/**
 * The five Service manifests of the Korean article the playground grew from
 * (kubernetes-services.ko.md), verbatim — `#1`-style callout comments included. The editor, the
 * lessons and the tests all start from these; `withoutCallouts` gives the clean copy the editor shows.
 */
export const CLUSTERIP_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: clusterip-service #1
spec:
  type: ClusterIP #2
  clusterIP: 10.10.10.10 #3
  selector: # 4
    app: my-app
  ports: #5
    - protocol: TCP
      port: 80
      targetPort: 8080
`;

export const NODEPORT_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: nodeport-service
spec:
  type: NodePort #1
  selector:
    app: my-app #2
  ports:
    - protocol: TCP
      port: 80
      targetPort: 8080
      nodePort: 30001 #3
`;

export const LB_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: lb-service
spec:
  type: LoadBalancer #1
  selector: #2
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
  type: ExternalName #1
  externalName: google.com #2
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

/** By the file name the editor gives each one. */
export const ARTICLE_MANIFESTS = {
  'clusterip-service.yaml': CLUSTERIP_SERVICE,
  'nodeport-service.yaml': NODEPORT_SERVICE,
  'lb-service.yaml': LB_SERVICE,
  'externalname-service.yaml': EXTERNALNAME_SERVICE,
  'headless-service.yaml': HEADLESS_SERVICE,
} as const;

/** The article's manifests without its numbered callouts (`#1`, `# 4`), for editing. */
export function withoutCallouts(yaml: string): string {
  return yaml.replace(/ +# ?\d+$/gm, '');
}
