import { describe, expect, it } from 'vitest';
import { initialState } from '../../sim/index.ts';
import { dryRunMarkers } from './validation.ts';

const sim = initialState({ now: () => 1_750_000_000_000 });
const nodePort = (port: number) => `apiVersion: v1
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
      nodePort: ${port}
`;

describe('dryRunMarkers', () => {
  it('puts the API-server error on the line of the field', () => {
    expect(dryRunMarkers(sim, nodePort(40000), 'nodeport-service.yaml', sim.now)).toEqual([
      {
        line: 13,
        severity: 'error',
        message:
          'The Service "nodeport-service" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
      },
    ]);
  });

  it('reports nothing for a valid manifest and leaves the cluster alone', () => {
    expect(dryRunMarkers(sim, nodePort(30001), 'x.yaml', sim.now)).toEqual([]);
    expect(sim.services['default/nodeport-service']).toBeUndefined();
  });

  it('reports YAML syntax errors with the kubectl message', () => {
    const [m] = dryRunMarkers(
      sim,
      'apiVersion: v1\nkind: Service\nmetadata: {name: web\n',
      'x.yaml',
      sim.now,
    );
    expect(m?.line).toBe(3);
    expect(m?.message).toMatch(/^error: error parsing x\.yaml: error converting YAML to JSON/);
  });

  it('says nothing about an empty file', () => {
    expect(dryRunMarkers(sim, '  \n', 'x.yaml', sim.now)).toEqual([]);
  });
});
