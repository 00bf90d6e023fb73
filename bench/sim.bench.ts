/**
 * `npm run bench`: speed of the simulation core on a 100-node cluster with 1,000 Services and
 * 10,000 pods. Targets (2-core machine): full apply < 200 ms, one-Service change < 2 ms,
 * > 100,000 traces/s, 500-line manifest parse+validate < 5 ms, `kubectl get svc -A` < 20 ms.
 */
import { createCluster, step, type SimState } from '../src/sim/index.ts';
import { runCommand } from '../src/sim/tools.ts';
import { bigClusterOptions, bigManifest, serviceYaml } from './fixtures.ts';
import { measure, verdict } from './stats.ts';

const SERVICES = 1000;
const REPLICAS = 10;
const at = Date.UTC(2026, 0, 1);
const results: boolean[] = [];

console.log(
  `Simulation core benchmark — ${SERVICES} Services, ${SERVICES * REPLICAS} pods, 100 nodes (Node ${process.version})\n`,
);

const manifest = bigManifest(SERVICES, REPLICAS);
const base = createCluster(bigClusterOptions()).simState();
let applied: SimState = base;
const full = measure('full apply (1,000 Deployments + 1,000 Services)', () => {
  applied = step(base, { type: 'manifests/applied', text: manifest, at }).state;
});
const pods = Object.values(applied.pods).filter(
  (p) => p.metadata.namespace === 'default' && p.status.phase === 'Running',
).length;
const svcs = Object.values(applied.services).filter(
  (s) => s.metadata.namespace === 'default',
).length;
console.log(
  `  → ${svcs} Services, ${pods} running pods, ${Object.keys(applied.endpointSlices).length} EndpointSlices`,
);
results.push(verdict('full apply', full.median, 200, 'ms'));

const changed = serviceYaml(500, 'NodePort').replace('port: 80', 'port: 81');
let i = 0;
const one = measure(
  're-apply one changed Service',
  () => {
    step(applied, {
      type: 'manifests/applied',
      text: i++ % 2 ? changed : serviceYaml(500, 'NodePort'),
      at,
    });
  },
  41,
);
results.push(verdict('one-Service change', one.median, 2, 'ms'));

const N = 100_000;
let state = applied;
const nodePortSvc = Object.values(applied.services).find(
  (s) => s.spec.type === 'NodePort' && s.metadata.namespace === 'default',
);
const nodePort = nodePortSvc?.spec.ports?.[0]?.nodePort;
const targets = ['192.168.0.15', '192.168.0.40', '192.168.0.70'].map((ip) => `${ip}:${nodePort}`);
const t0 = performance.now();
for (let k = 0; k < N; k++) {
  state = step(state, {
    type: 'request/sent',
    request: { from: 'client', to: targets[k % 3] as string },
    at,
  }).state;
}
const perSec = N / ((performance.now() - t0) / 1000);
console.log(
  `${'traces (client → node port, second hop)'.padEnd(58)} ${Math.round(perSec).toLocaleString('en')} traces/s`,
);
results.push(verdict('trace throughput', perSec, 100_000, 'traces/s', true));

const lines500 = Array.from({ length: 31 }, (_, k) => serviceYaml(2000 + k)).join('---\n');
console.log(`  (manifest of ${lines500.split('\n').length} lines)`);
const parse = measure(
  'parse + validate a 500-line manifest (dry-run apply)',
  () => {
    step(applied, { type: 'manifests/applied', text: lines500, at });
  },
  21,
);
results.push(verdict('500-line parse+validate', parse.median, 5, 'ms'));

runCommand(applied, 'kubectl get svc -A', { at });
const get = measure(
  'kubectl get svc -A (1,000 Services)',
  () => {
    runCommand(applied, 'kubectl get svc -A', { at });
  },
  21,
);
results.push(verdict('kubectl get svc -A', get.median, 20, 'ms'));

console.log(`\n${results.filter(Boolean).length}/${results.length} targets met`);
