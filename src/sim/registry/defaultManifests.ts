/**
 * What the playground's cluster runs before the learner touches it: the article's backend
 * (`app: my-app`, two replicas answering on 80 and 8080 with their pod name and the client address
 * they saw — traefik/whoami does exactly that) and the article's debugging pod on node3.
 * Both are real images: the same manifests work on a real cluster.
 */
export const MY_APP_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: my-app
  labels:
    app: my-app
spec:
  replicas: 2
  selector:
    matchLabels:
      app: my-app
  template:
    metadata:
      labels:
        app: my-app
    spec:
      containers:
        - name: web
          image: traefik/whoami:v1.10
          args: ["--port", "80"]
          ports:
            - name: http
              containerPort: 80
        - name: web-alt
          image: traefik/whoami:v1.10
          args: ["--port", "8080"]
          ports:
            - name: http-alt
              containerPort: 8080
`;

export const NETSHOOT_POD = `apiVersion: v1
kind: Pod
metadata:
  name: netshoot
  labels:
    app: netshoot
spec:
  nodeName: node3
  containers:
    - name: netshoot
      image: nicolaka/netshoot:v0.13
      command: ["sleep", "infinity"]
`;

export const DEFAULT_MANIFESTS = `${NETSHOOT_POD}---\n${MY_APP_DEPLOYMENT}`;
