/**
 * The manifest the editor opens with until the store holds the learner's files: a plain ClusterIP
 * Service, valid against the schema, so the first thing a learner sees has no warnings.
 */
export const SAMPLE_SERVICE_YAML = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ClusterIP
  selector:
    app: web
  ports:
    - name: http
      protocol: TCP
      port: 80
      targetPort: 8080
`;
