/**
 * Test and benchmark input: a stream of `n` small ClusterIP Services, 16 lines each including the
 * `---` separator, so `generateServiceStream(1000)` is a 16,000-line manifest.
 */
export function generateServiceStream(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      `  name: svc-${i}`,
      '  namespace: default',
      '  labels:',
      `    app: web-${i}`,
      'spec:',
      '  type: ClusterIP',
      '  selector:',
      `    app: web-${i}`,
      '  ports:',
      '  - name: http',
      '    port: 80',
      `    targetPort: ${8000 + (i % 1000)}`,
    );
  }
  return out.join('\n') + '\n';
}
