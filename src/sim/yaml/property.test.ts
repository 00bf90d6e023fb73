/**
 * The fast reader, the libyaml-faithful reader and the `yaml` package (used here only as an
 * independent structural oracle, with go-yaml's scalar resolution applied to its plain scalars)
 * must agree on manifest-like YAML rendered in many styles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { readChunk } from './manifestDocument.ts';
import { BAIL_RESULT, fastRead } from './fastpath.ts';
import { K_STR, resolvePlain, resolved } from './resolve.ts';

type V = string | V[] | { [k: string]: V };

const WORDS = [
  'web',
  'v1',
  'Service',
  'TCP',
  'ClusterIP',
  '80',
  '8080',
  '0x1F',
  '0755',
  '1_000',
  '.5',
  '1e3',
  '+1',
  '-1',
  'yes',
  'no',
  'on',
  'Off',
  'y',
  'N',
  '~',
  'null',
  '',
  'a b',
  'a: b',
  '# x',
  'x #y',
  "it's",
  'say "hi"',
  'nginx:1.25',
  'http://x.y/z',
  '10.96.0.1',
  '2001-12-14',
  '-',
  '- x',
  '? x',
  ':x',
  'x:',
  '[a]',
  '{a}',
  '*a',
  '&a',
  '!a',
  '|',
  '>',
  '%x',
  '@x',
  'é',
  '😀',
  '1.5',
  '-0',
  ' lead',
  'trail ',
  'a,b',
  'x]',
  '<<',
  '---',
  '...',
  'line\nbreak',
  'tab\there',
  '\\',
  "'",
  '"',
];
const KEYS = [
  'name',
  'port',
  'targetPort',
  'app',
  'app.kubernetes.io/name',
  'a b',
  'key-with-dash',
  'é',
  'a#b',
  'k:v',
  '-k',
  'on',
  '1',
  'null',
  '<<',
  'a: b',
  'x y z',
];

const word = fc.constantFrom(...WORDS);
const { value } = fc.letrec<{ value: V; seq: V[]; map: { [k: string]: V } }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, word, word, tie('seq'), tie('map')),
  seq: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { minKeys: 1, maxKeys: 4 }),
}));
const root = fc.oneof(
  fc.dictionary(fc.constantFrom(...KEYS), value, { minKeys: 1, maxKeys: 5 }),
  fc.array(value, { minLength: 1, maxLength: 4 }),
);

const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

function safePlain(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim() || /[\t\n\\]/.test(s)) return false;
  const c = s.charAt(0);
  if (INDICATORS.includes(c) && !('-?:'.includes(c) && s.length > 1 && s.charAt(1) !== ' '))
    return false;
  if (s.includes(': ') || s.endsWith(':') || s.includes(' #') || /^(---|\.\.\.)/.test(s))
    return false;
  return !flow || !/[,[\]{}?:]/.test(s);
}

/** Renders a value tree as YAML; `pick(n)` chooses among n styles. */
class Renderer {
  private readonly out: string[] = [];
  private rng: number;

  constructor(seed: number) {
    this.rng = seed >>> 0 || 1;
  }

  private pick(n: number): number {
    this.rng = (Math.imul(this.rng, 1103515245) + 12345) >>> 0;
    return (this.rng >>> 8) % n;
  }

  private scalar(s: string, flow: boolean, key: boolean): string {
    const quote = this.pick(5);
    const plainOk =
      safePlain(s, flow) &&
      (!key || (resolvePlain(s) === s && resolved.kind === K_STR && s !== '<<'));
    if (quote === 0 || !plainOk || /[\n\t\\]/.test(s)) {
      return quote % 2 === 0 && !/[\n\t]/.test(s)
        ? "'" + s.replace(/'/g, "''") + "'"
        : JSON.stringify(s);
    }
    return s;
  }

  private flow(v: V): string {
    if (typeof v === 'string') return this.scalar(v, true, false);
    if (Array.isArray(v))
      return '[' + v.map((x) => this.flow(x)).join(this.pick(2) ? ', ' : ',') + ']';
    return (
      '{' +
      Object.entries(v)
        .map(([k, x]) => this.scalar(k, true, true) + ': ' + this.flow(x))
        .join(', ') +
      '}'
    );
  }

  private comment(): string {
    return this.pick(8) === 0 ? ' # note' : '';
  }

  private value(v: V, head: string, col: number): void {
    const child = col + 2 + (this.pick(4) === 0 ? 2 : 0);
    const empty =
      typeof v !== 'string' && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
    if (typeof v === 'string' && /^[a-z]+( [a-z]+)+$/.test(v) && this.pick(2) === 0) {
      this.out.push(
        head + ' ' + (this.pick(2) ? '|' : '>') + (this.pick(2) ? '-' : '') + this.comment(),
      );
      for (const w of v.split(' ')) this.out.push(' '.repeat(child) + w);
      return;
    }
    if (typeof v === 'string' || empty || this.pick(6) === 0) {
      this.out.push(
        head +
          ' ' +
          (typeof v === 'string' ? this.scalar(v, false, false) : this.flow(v)) +
          this.comment(),
      );
      return;
    }
    if (Array.isArray(v)) {
      this.out.push(head + this.comment());
      this.seq(v, head.endsWith(':') && this.pick(2) === 0 ? col : child);
      return;
    }
    if (head.endsWith('-') && this.pick(3) !== 0) return this.map(v, col + 2, head + ' ');
    this.out.push(head + this.comment());
    this.map(v, child, null);
  }

  seq(v: V[], col: number): void {
    for (const item of v) {
      if (this.pick(12) === 0) this.out.push(' '.repeat(this.pick(6)) + '# c');
      if (typeof item === 'object' && !Array.isArray(item) && this.pick(3) !== 0) {
        this.map(item, col + 2, ' '.repeat(col) + '- ');
      } else {
        this.value(item, ' '.repeat(col) + '-', col);
      }
    }
  }

  map(v: { [k: string]: V }, col: number, first: string | null): void {
    let lead = first;
    for (const [k, x] of Object.entries(v)) {
      this.value(x, (lead ?? ' '.repeat(col)) + this.scalar(k, false, true) + ':', col);
      lead = null;
      if (this.pick(15) === 0) this.out.push('');
    }
  }

  text(v: V): string {
    if (this.pick(4) === 0) this.out.push('---');
    if (Array.isArray(v)) this.seq(v, 0);
    else this.map(v as { [k: string]: V }, 0, null);
    return this.out.join('\n') + '\n';
  }
}

/** The `yaml` package's tree with go-yaml's YAML 1.1 resolution applied to plain scalars. */
function oracle(text: string): unknown {
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  const conv = (n: unknown): unknown => {
    if (n === null || n === undefined) return null;
    if (isScalar(n)) return n.type === 'PLAIN' ? resolvePlain(String(n.value)) : n.value;
    if (isSeq(n)) return n.items.map(conv);
    if (isMap(n)) {
      const o: Record<string, unknown> = {};
      for (const p of n.items) {
        const k = p.key as YamlNode;
        o[String(isScalar(k) ? k.value : k)] = conv(p.value);
      }
      return o;
    }
    throw new Error('unexpected node');
  };
  return conv(doc.contents);
}

describe('fast reader, faithful reader and the yaml package agree', () => {
  it('on generated manifest-like YAML', () => {
    let fastHits = 0;
    let runs = 0;
    fc.assert(
      fc.property(root, fc.integer(), (v, seed) => {
        const text = new Renderer(seed).text(v);
        const faithful = readChunk(text, false, () => 0).value;
        expect(faithful).toEqual(oracle(text));
        const fast = fastRead(text);
        runs++;
        if (fast !== BAIL_RESULT) {
          fastHits++;
          expect(fast).toEqual(faithful);
        }
      }),
      { numRuns: 1500 },
    );
    expect(fastHits / runs).toBeGreaterThan(0.5);
  });
});
