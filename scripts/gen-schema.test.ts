import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENUM_OVERLAY,
  SCHEMA_PATH,
  applyOverlay,
  generateRawSchema,
  generateSchema,
  renderSchema,
  type JsonSchema,
} from './gen-schema.ts';

type Defs = Record<string, { properties?: Record<string, JsonSchema>; required?: string[] }>;

const committed = readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(committed) as JsonSchema & { definitions: Defs };
const defs = schema.definitions;
const raw = generateRawSchema();

describe('src/generated/kubernetes.schema.json', () => {
  it('is up to date with scripts/gen-schema.ts (run `npm run schema` if this fails)', () => {
    expect(renderSchema(generateSchema(raw)) === committed).toBe(true);
  });

  it('is a union of the five kinds (or an empty document), discriminated by const kind/apiVersion', () => {
    expect(schema.anyOf).toEqual([
      { $ref: '#/definitions/Manifest' },
      { type: 'null', description: 'An empty document, skipped like kubectl skips it.' },
    ]);
    expect(defs.Manifest).toMatchObject({
      anyOf: ['Service', 'Pod', 'Deployment', 'EndpointSlice', 'Namespace'].map((k) => ({
        $ref: `#/definitions/${k}`,
      })),
    });
    const table: [string, string, string][] = [
      ['Service', 'Service', 'v1'],
      ['Pod', 'Pod', 'v1'],
      ['Namespace', 'Namespace', 'v1'],
      ['Deployment', 'Deployment', 'apps/v1'],
      ['EndpointSlice', 'EndpointSlice', 'discovery.k8s.io/v1'],
    ];
    for (const [def, kind, apiVersion] of table) {
      expect(defs[def]?.properties?.kind?.const).toBe(kind);
      expect(defs[def]?.properties?.apiVersion?.const).toBe(apiVersion);
      expect(defs[def]?.required).toContain('kind');
      expect(defs[def]?.required).toContain('apiVersion');
    }
  });

  it('keeps the official descriptions for hover', () => {
    expect(defs.ServicePort?.properties?.targetPort?.description).toMatch(
      /^Number or name of the port to access on the pods targeted by the service/,
    );
  });

  it.each(ENUM_OVERLAY.map((o) => [`${o.def}.${o.prop}`, o] as const))(
    'overlays the enum of %s',
    (_name, { def, prop, values, items }) => {
      const field = defs[def]?.properties?.[prop];
      const target = items ? (field?.items as JsonSchema | undefined) : field;
      expect(target?.enum).toEqual(values);
    },
  );

  it('adds fields newer than kubernetes-types 1.30', () => {
    expect(defs.ServiceSpec?.properties?.trafficDistribution?.enum).toEqual([
      'PreferClose',
      'PreferSameZone',
      'PreferSameNode',
    ]);
    expect(defs.EndpointHints?.properties?.forNodes?.items).toEqual({
      $ref: '#/definitions/ForNode',
    });
    expect(defs.ForNode?.required).toEqual(['name']);
  });
});

describe('applyOverlay', () => {
  it('throws when a target field is missing, so an upgrade cannot drop an enum silently', () => {
    const broken = structuredClone(raw) as { definitions: Defs };
    delete broken.definitions.ServiceSpec?.properties?.sessionAffinity;
    expect(() => applyOverlay(broken)).toThrow(
      'schema overlay: no property ServiceSpec.sessionAffinity (kubernetes-types changed?)',
    );
  });

  it('throws when a target already has an enum (the overlay would be stale)', () => {
    expect(() => applyOverlay(schema)).toThrow(
      'schema overlay: ServiceSpec.type is no longer a plain string',
    );
  });
});
