/**
 * API-server field paths to path segments: `spec.ports[0].nodePort` → `['spec','ports',0,'nodePort']`,
 * `metadata.labels[app.kubernetes.io/name]` → `['metadata','labels','app.kubernetes.io/name']`
 * (field.Path renders map keys in brackets, unquoted, and list indices as numbers).
 */
export function fieldPathToSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  let cur = '';
  let i = 0;
  const n = path.length;
  while (i < n) {
    const c = path.charAt(i);
    if (c === '.') {
      if (cur !== '') out.push(cur);
      cur = '';
      i++;
    } else if (c === '[') {
      if (cur !== '') out.push(cur);
      cur = '';
      const close = path.indexOf(']', i + 1);
      const end = close < 0 ? n : close;
      const inner = path.slice(i + 1, end);
      out.push(/^\d+$/.test(inner) ? Number(inner) : inner);
      i = end + 1;
    } else {
      cur += c;
      i++;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}
