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
