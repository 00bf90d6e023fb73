/**
 * `-o jsonpath=…` (client-go util/jsonpath): text with `{…}` actions — field paths (`.a.b`,
 * `['k']`, `[n]`, `[*]`, `[?(@.k=="v")]`), `range … end`, string literals. Missing keys print
 * nothing (kubectl's default); maps and lists print as compact JSON; several results join with
 * a space.
 */

import { goJsonString } from '../printers/json.ts';

type Node =
  | { t: 'text'; v: string }
  | { t: 'expr'; path: string }
  | { t: 'range'; path: string; body: Node[] };

function parseTemplate(src: string): Node[] | string {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{', i);
    const top = stack[stack.length - 1] as Node[];
    if (open < 0) {
      top.push({ t: 'text', v: src.slice(i) });
      break;
    }
    if (open > i) top.push({ t: 'text', v: src.slice(i, open) });
    const close = src.indexOf('}', open);
    if (close < 0) return `error parsing jsonpath ${src}, unclosed action`;
    const action = src.slice(open + 1, close).trim();
    i = close + 1;
    const lit = /^(["'])(.*)\1$/s.exec(action);
    if (lit) {
      top.push({ t: 'text', v: (lit[2] as string).replace(/\\n/g, '\n').replace(/\\t/g, '\t') });
    } else if (action.startsWith('range ')) {
      const body: Node[] = [];
      top.push({ t: 'range', path: action.slice(6).trim(), body });
      stack.push(body);
    } else if (action === 'end') {
      if (stack.length === 1) return `error parsing jsonpath ${src}, not in range, nothing to end`;
      stack.pop();
    } else top.push({ t: 'expr', path: action });
  }
  return root;
}

type Json = unknown;

function step(values: Json[], seg: string): Json[] {
  const out: Json[] = [];
  for (const v of values) {
    if (v === null || typeof v !== 'object') continue;
    if (seg === '*') {
      out.push(...(Array.isArray(v) ? v : Object.values(v)));
      continue;
    }
    if (Array.isArray(v)) {
      const filter = /^\?\(@\.([\w.-]+)\s*(==|!=)\s*["']?(.*?)["']?\)$/.exec(seg);
      if (filter) {
        const [, key, op, want] = filter as unknown as [string, string, string, string];
        for (const el of v) {
          const got = step([el], key)[0];
          if ((String(got) === want) === (op === '==')) out.push(el);
        }
        continue;
      }
      const slice = /^(-?\d*):(-?\d*)$/.exec(seg);
      if (slice) {
        out.push(
          ...v.slice(slice[1] ? Number(slice[1]) : 0, slice[2] ? Number(slice[2]) : v.length),
        );
        continue;
      }
      if (/^-?\d+$/.test(seg)) {
        const n = Number(seg);
        const el = v[n < 0 ? v.length + n : n];
        if (el !== undefined) out.push(el);
      }
      continue;
    }
    const child = (v as Record<string, Json>)[seg];
    if (child !== undefined) out.push(child);
  }
  return out;
}

function evaluate(path: string, root: Json, current: Json): Json[] {
  let p = path.trim();
  let values: Json[] = [current];
  if (p.startsWith('$')) {
    values = [root];
    p = p.slice(1);
  } else if (p.startsWith('@')) p = p.slice(1);
  const segs = p.match(/\.\.?[^.[]+|\[[^\]]*\]|\./g) ?? [];
  for (const raw of segs) {
    if (raw === '.') continue;
    const seg = raw.startsWith('[')
      ? raw.slice(1, -1).replace(/^['"](.*)['"]$/, '$1')
      : raw.replace(/^\.+/, '');
    values = step(values, seg);
  }
  return values;
}

function compactJson(v: Json): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(compactJson).join(',')}]`;
  const obj = v as Record<string, Json>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${goJsonString(k)}:${compactJson(obj[k])}`)
    .join(',')}}`;
}

const text = (v: Json): string =>
  v !== null && typeof v === 'object' ? compactJson(v) : v === null ? '<nil>' : String(v);

function render(nodes: Node[], root: Json, current: Json): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.v;
    else if (n.t === 'expr') out += evaluate(n.path, root, current).map(text).join(' ');
    else {
      for (const v of evaluate(n.path, root, current)) {
        const items = Array.isArray(v) ? v : [v];
        for (const item of items) out += render(n.body, root, item);
      }
    }
  }
  return out;
}

/** Renders a kubectl JSONPath template against an object (already JSON-shaped). */
export function jsonPathTemplate(template: string, obj: unknown): string | { error: string } {
  const nodes = parseTemplate(template);
  if (typeof nodes === 'string') return { error: nodes };
  const root = JSON.parse(JSON.stringify(obj ?? null)) as Json;
  return render(nodes, root, root);
}

/**
 * JSONPath.FindResults with AllowMissingKeys, flattened: the values one `{…}` expression selects
 * (what `--sort-by` and `-o custom-columns` read). Text outside the braces is ignored.
 */
export function jsonPathResults(template: string, obj: unknown): unknown[] | { error: string } {
  const nodes = parseTemplate(template);
  if (typeof nodes === 'string') return { error: nodes };
  const root = JSON.parse(JSON.stringify(obj ?? null)) as Json;
  return nodes.flatMap((n) => (n.t === 'expr' ? evaluate(n.path, root, root) : []));
}
