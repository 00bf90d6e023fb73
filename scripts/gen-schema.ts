/**
 * Generates src/generated/kubernetes.schema.json, the JSON schema Monaco (monaco-yaml) uses for
 * completion, hover docs and validation of the manifests a learner writes.
 *
 * Source of truth: the `kubernetes-types` package (every field, with the official API docs as
 * TSDoc) turned into JSON Schema by `ts-json-schema-generator`. kubernetes-types types enumerations
 * as plain strings and stops at v1.30, so the overlay below adds the `enum`s and the newer fields.
 *
 * Run: `npm run schema` (writes the file). `gen-schema.test.ts` fails when the committed file is stale.
 */
import type { Service, Pod, Namespace } from 'kubernetes-types/core/v1';
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { createGenerator } from 'ts-json-schema-generator';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The documents the playground understands; the generator reads this alias from this very file,
// and its TSDoc becomes the description of the document root.
/** A Kubernetes object the playground understands: a Service, Pod, Deployment, EndpointSlice or Namespace. */
export type Manifest = Service | Pod | Deployment | EndpointSlice | Namespace;

/** A JSON schema node; the generator's output is plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** Plain-string fields that the API server validates against a fixed set (v1.33). */
export const ENUM_OVERLAY: readonly {
  def: string;
  prop: string;
  values: string[];
  items?: true;
}[] = [
  {
    def: 'ServiceSpec',
    prop: 'type',
    values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
  },
  { def: 'ServiceSpec', prop: 'externalTrafficPolicy', values: ['Cluster', 'Local'] },
  { def: 'ServiceSpec', prop: 'internalTrafficPolicy', values: ['Cluster', 'Local'] },
  { def: 'ServiceSpec', prop: 'sessionAffinity', values: ['ClientIP', 'None'] },
  {
    def: 'ServiceSpec',
    prop: 'ipFamilyPolicy',
    values: ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
  },
  { def: 'ServiceSpec', prop: 'ipFamilies', values: ['IPv4', 'IPv6'], items: true },
  // PreferSameZone/PreferSameNode are v1.33 (KEP-3015); kubernetes-types 1.30 only documents PreferClose.
  {
    def: 'ServiceSpec',
    prop: 'trafficDistribution',
    values: ['PreferClose', 'PreferSameZone', 'PreferSameNode'],
  },
  { def: 'ServicePort', prop: 'protocol', values: ['TCP', 'UDP', 'SCTP'] },
  { def: 'ContainerPort', prop: 'protocol', values: ['TCP', 'UDP', 'SCTP'] },
  { def: 'EndpointPort', prop: 'protocol', values: ['TCP', 'UDP', 'SCTP'] },
  { def: 'PortStatus', prop: 'protocol', values: ['TCP', 'UDP', 'SCTP'] },
  { def: 'EndpointSlice', prop: 'addressType', values: ['IPv4', 'IPv6', 'FQDN'] },
  { def: 'Container', prop: 'imagePullPolicy', values: ['Always', 'IfNotPresent', 'Never'] },
  {
    def: 'EphemeralContainer',
    prop: 'imagePullPolicy',
    values: ['Always', 'IfNotPresent', 'Never'],
  },
  { def: 'PodSpec', prop: 'restartPolicy', values: ['Always', 'OnFailure', 'Never'] },
  {
    def: 'PodSpec',
    prop: 'dnsPolicy',
    values: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
  },
  { def: 'Toleration', prop: 'operator', values: ['Exists', 'Equal'] },
  { def: 'Toleration', prop: 'effect', values: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
  { def: 'DeploymentStrategy', prop: 'type', values: ['Recreate', 'RollingUpdate'] },
  {
    def: 'LabelSelectorRequirement',
    prop: 'operator',
    values: ['In', 'NotIn', 'Exists', 'DoesNotExist'],
  },
];

/** The kinds kubectl accepts only with both `apiVersion` and `kind` set. */
const TOP_LEVEL_KINDS = ['Service', 'Pod', 'Deployment', 'EndpointSlice', 'Namespace'];

const TRAFFIC_DISTRIBUTION_NOTE =
  ' Kubernetes v1.33 adds "PreferSameZone" (the new name of "PreferClose") and "PreferSameNode"' +
  ' (alpha, feature gate PreferSameTrafficDistribution).';

function definition(defs: Record<string, JsonSchema>, name: string): JsonSchema {
  const def = defs[name];
  if (!def) throw new Error(`schema overlay: no definition ${name} (kubernetes-types changed?)`);
  return def;
}

function property(defs: Record<string, JsonSchema>, def: string, prop: string): JsonSchema {
  const props = definition(defs, def).properties as Record<string, JsonSchema> | undefined;
  const node = props?.[prop];
  if (!node)
    throw new Error(`schema overlay: no property ${def}.${prop} (kubernetes-types changed?)`);
  return node;
}

/** Adds enums, v1.31–v1.33 fields and required apiVersion/kind; throws if a target moved. */
export function applyOverlay(schema: JsonSchema): JsonSchema {
  const out = structuredClone(schema);
  const defs = out.definitions as Record<string, JsonSchema>;
  for (const { def, prop, values, items } of ENUM_OVERLAY) {
    const field = property(defs, def, prop);
    const target = items ? (field.items as JsonSchema | undefined) : field;
    if (target?.type !== 'string' || 'enum' in target) {
      throw new Error(`schema overlay: ${def}.${prop} is no longer a plain string`);
    }
    target.enum = values;
  }
  const td = property(defs, 'ServiceSpec', 'trafficDistribution');
  td.description = `${String(td.description)}${TRAFFIC_DISTRIBUTION_NOTE}`;

  // EndpointHints.forNodes and ForNode: discovery.k8s.io/v1, added in v1.33 for PreferSameNode.
  const hints = definition(defs, 'EndpointHints').properties as Record<string, JsonSchema>;
  if ('forNodes' in hints)
    throw new Error('schema overlay: EndpointHints.forNodes already present');
  hints.forNodes = {
    description:
      'forNodes indicates the node(s) this endpoint should be consumed by when using topology aware routing. May contain a maximum of 8 entries.',
    type: 'array',
    items: { $ref: '#/definitions/ForNode' },
  };
  defs.ForNode = {
    additionalProperties: false,
    description: 'ForNode provides information about which nodes should consume this endpoint.',
    properties: { name: { description: 'name represents the name of the node.', type: 'string' } },
    required: ['name'],
    type: 'object',
  };

  for (const kind of TOP_LEVEL_KINDS) {
    const def = definition(defs, kind);
    const required = new Set([
      ...((def.required as string[] | undefined) ?? []),
      'apiVersion',
      'kind',
    ]);
    def.required = [...required].sort();
  }
  // Each `---` document is validated on its own; an empty one (a trailing `---`, a comment-only
  // document) is null, and kubectl skips it, so the root accepts null besides a manifest.
  if (out.$ref !== '#/definitions/Manifest') throw new Error('schema overlay: unexpected root');
  delete out.$ref;
  out.anyOf = [
    { $ref: '#/definitions/Manifest' },
    { type: 'null', description: 'An empty document, skipped like kubectl skips it.' },
  ];
  out.definitions = Object.fromEntries(
    Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PATH = resolve(here, '../src/generated/kubernetes.schema.json');

function kubernetesTypesVersion(): string {
  const pkg = readFileSync(resolve(here, '../node_modules/kubernetes-types/package.json'), 'utf8');
  return (JSON.parse(pkg) as { version: string }).version;
}

/** The generator's output for `Manifest`, before the overlay (about 1 s). */
export function generateRawSchema(): JsonSchema {
  const generator = createGenerator({
    path: fileURLToPath(import.meta.url),
    type: 'Manifest',
    skipTypeCheck: true,
    jsDoc: 'extended',
    sortProps: true,
    topRef: true,
    additionalProperties: false,
  });
  return generator.createSchema('Manifest') as JsonSchema;
}

/** Builds the final schema object in memory. */
export function generateSchema(raw: JsonSchema = generateRawSchema()): JsonSchema {
  return {
    $comment:
      `Generated by scripts/gen-schema.ts from kubernetes-types ${kubernetesTypesVersion()} ` +
      'with ts-json-schema-generator, plus the overlay in that script. ' +
      'Do not edit; run `npm run schema`.',
    title: 'Kubernetes manifest (Service, Pod, Deployment, EndpointSlice, Namespace)',
    ...applyOverlay(raw),
  };
}

/** The exact text written to disk (stable key order from the generator, two-space JSON). */
export function renderSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(): void {
  const started = performance.now();
  const text = renderSchema(generateSchema());
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, text);
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${SCHEMA_PATH} (${text.length} bytes) in ${ms} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
