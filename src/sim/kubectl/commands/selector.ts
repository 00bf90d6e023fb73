/**
 * Label selectors as `-l` takes them (apimachinery labels.Parse): `k=v`, `k==v`, `k!=v`,
 * `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, joined by commas.
 */

type Req =
  | { key: string; op: 'eq' | 'neq'; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | 'notexists' };

export type Selector = (labels: Readonly<Record<string, string>> | undefined) => boolean;

const KEY =
  /^(?:[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Splits on commas outside parentheses. */
function split(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function parseReq(raw: string): Req | string {
  const t = raw.trim();
  let m = /^(\S+?)\s+(in|notin)\s*\((.*)\)$/.exec(t);
  if (m) {
    return {
      key: m[1] as string,
      op: m[2] as 'in' | 'notin',
      values: (m[3] as string).split(',').map((v) => v.trim()),
    };
  }
  m = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(t);
  if (m)
    return {
      key: m[1] as string,
      op: m[2] === '!=' ? 'neq' : 'eq',
      value: (m[3] as string).trim(),
    };
  if (t.startsWith('!')) return { key: t.slice(1).trim(), op: 'notexists' };
  if (t === '') return "found '', expected: !, identifier, or 'end of string'";
  return { key: t, op: 'exists' };
}

/** A matcher for the selector text, or the parse error kubectl prints. */
export function parseSelector(text: string): Selector | string {
  const reqs: Req[] = [];
  for (const part of split(text)) {
    const r = parseReq(part);
    if (typeof r === 'string') return `unable to parse requirement: ${r}`;
    if (!KEY.test(r.key)) {
      return `unable to parse requirement: <nil>: Invalid value: "${r.key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`;
    }
    reqs.push(r);
  }
  return (labels) =>
    reqs.every((r) => {
      const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
      const v = labels?.[r.key];
      switch (r.op) {
        case 'eq':
          return has && v === r.value;
        case 'neq':
          return !has || v !== r.value;
        case 'in':
          return has && r.values.includes(v as string);
        case 'notin':
          return !has || !r.values.includes(v as string);
        case 'exists':
          return has;
        case 'notexists':
          return !has;
      }
    });
}
