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

/** labels.FormatLabels / SelectorFromSet(...).String(): `k=v` sorted by key, joined by `,`. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(',');
}
