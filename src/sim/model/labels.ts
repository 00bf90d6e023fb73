import type { LabelSelector } from './types.ts';

/** A Service-style selector (equality on every key) matches when every pair is present. */
export function matchesMap(
  selector: Readonly<Record<string, string>> | undefined,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  if (!selector) return false;
  for (const k in selector) {
    if (labels?.[k] !== selector[k]) return false;
  }
  return true;
}

/** metav1.LabelSelector semantics: matchLabels AND every matchExpression; an empty selector matches all. */
export function matchesSelector(
  selector: LabelSelector | undefined,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  if (!selector) return false;
  const ml = selector.matchLabels;
  if (ml) {
    for (const k in ml) if (labels?.[k] !== ml[k]) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, e.key);
    const v = labels?.[e.key];
    switch (e.operator) {
      case 'In':
        if (!has || !(e.values ?? []).includes(v as string)) return false;
        break;
      case 'NotIn':
        if (has && (e.values ?? []).includes(v as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** labels.FormatLabels / SelectorFromSet(...).String(): `k=v` sorted by key, joined by `,`. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(',');
}
