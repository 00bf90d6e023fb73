import { F_JSON, YamlFailure } from './errors.ts';

/** encoding/json's maxNestingDepth. */
export const JSON_MAX_DEPTH = 10000;

/**
 * sigs.k8s.io/yaml decodes the converted JSON with encoding/json, whose scanner refuses more than
 * 10,000 nested arrays/objects; the error names the bracket that goes one level too deep, in
 * json.Marshal's order (map keys sorted).
 */
export function checkJsonDepth(root: unknown): void {
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const v = stack.pop();
    const d = depths.pop() as number;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > JSON_MAX_DEPTH) {
      throw new YamlFailure(
        F_JSON,
        `invalid character '${Array.isArray(v) ? '[' : '{'}' exceeded max depth`,
      );
    }
    const items = Array.isArray(v)
      ? v
      : Object.keys(v)
          .sort()
          .map((k) => (v as Record<string, unknown>)[k]);
    for (let i = items.length - 1; i >= 0; i--) {
      stack.push(items[i]);
      depths.push(d + 1);
    }
  }
}

/**
 * json.Marshal rejects NaN and ±Inf; it walks maps in sorted key order, so the value it reports is
 * the first one in that order (`json: unsupported value: NaN`).
 */
export function findNonFinite(root: unknown): string | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number') {
      if (Number.isNaN(v)) return 'NaN';
      if (v === Infinity) return '+Inf';
      if (v === -Infinity) return '-Inf';
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === 'object') {
      const rec = v as Record<string, unknown>;
      const keys = Object.keys(rec).sort();
      for (let i = keys.length - 1; i >= 0; i--) stack.push(rec[keys[i] as string]);
    }
  }
  return null;
}
